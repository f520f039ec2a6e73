// The web explorer end to end, in headless Chromium against the real server with the sample article ingested.
// Each step saves a screenshot under test-results/web/.
import { readFileSync } from "node:fs";
import { XMLParser } from "fast-xml-parser";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Stats } from "../../graph/api.ts";
import { buildWeb, inkRatio, launchBrowser, type Server, settled, shot, startServer } from "./harness.ts";

let server: Server;
let browser: Browser;
let page: Page;

const getJson = async <T>(path: string): Promise<T> => (await fetch(server.url + path)).json() as Promise<T>;
/** Nodes of the overview the page asks for (the API's largest). */
/** Every node in the store: the sample graph is small enough for the first view to show all of it. */
const storeNodeCount = async () =>
  Object.values((await getJson<Stats>("/api/stats")).nodes).reduce((sum, n) => sum + n, 0);

beforeAll(async () => {
  buildWeb();
  server = await startServer();
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  page = await context.newPage();
  page.on("pageerror", (error) => console.error("page error:", error.message));
}, 180_000);

afterEach(async ({ task }) => {
  if (task.result?.state === "fail") await shot(page, `failed-${task.name.replace(/\W+/g, "-")}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("web explorer", () => {
  it("loads and draws the whole sample graph", async () => {
    await page.goto(`${server.url}/?view=graph`);
    const shown = await settled(page);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBe(await storeNodeCount());
    await page.waitForTimeout(1500); // let the layout spread the nodes before looking
    expect(await inkRatio(page)).toBeGreaterThan(0.002);
    await shot(page, "01-loaded");
  });

  it("search 普京 focuses his node and shows his details", async () => {
    await page.keyboard.press("/");
    await page.keyboard.type("普京");
    const option = page.locator("#search-results [role=option]").first();
    await expect.poll(() => option.textContent()).toContain("普京");
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-pane="details"] h2');
    expect(await page.textContent('[data-pane="details"] h2')).toBe("普京");
    expect(new URL(page.url()).searchParams.get("sel")).toBe("Person:普京");
    await shot(page, "02-search-putin");
  });

  it("search finds an alias the lexicon knows though no article wrote it (WHO = 世卫组织)", async () => {
    await page.fill("#search input", "WHO");
    const option = page.locator("#search-results [role=option]").first();
    await expect.poll(() => option.textContent()).toMatch(/世[卫衛]/);
    await page.keyboard.press("Enter");
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe("Organization:世界卫生组织");
    await shot(page, "02-search-who");
    await page.fill("#search input", "普京");
    await expect.poll(() => option.textContent()).toContain("普京");
    await page.keyboard.press("Enter");
    await page.waitForSelector('[data-pane="details"] h2');
  });

  it("clicking a claim opens the article with its span highlighted", async () => {
    const claim = page.locator('[data-pane="details"] .claim-item').first();
    const span = await claim.locator("mark.span").textContent();
    await claim.click();
    const current = page.locator('[data-pane="article"] mark.current');
    await current.first().waitFor();
    expect(span).toBeTruthy();
    expect((await current.allTextContents()).join("")).toBe(span);
    expect(await page.locator('[data-pane="article"] mark.claim').count()).toBeGreaterThan(0);
    await shot(page, "03-claim-evidence");
  });

  it("marks each claim's boundaries and speaker, and a click selects it, the reader keeping its place", async () => {
    const pane = page.locator('[data-pane="article"]');
    const marks = pane.locator("mark.claim");
    const claims = new Set(await marks.evaluateAll((all) => all.map((m) => m.getAttribute("data-claim"))));
    // One start and one end per claim; neighbouring claims alternate in tint; speakers named at the start.
    expect(await pane.locator("mark.claim.start").count()).toBe(claims.size);
    expect(await pane.locator("mark.claim.end").count()).toBe(claims.size);
    expect(await pane.locator("mark.claim.alt").count()).toBeGreaterThan(0);
    const speakers = await pane.locator("mark[data-speaker]").evaluateAll((all) => all.map((m) => m.dataset.speaker));
    expect(speakers).toContain("普京");
    const mark = marks.last();
    const id = await mark.getAttribute("data-claim");
    await mark.scrollIntoViewIfNeeded();
    const scrolled = await pane.evaluate((p) => p.scrollTop);
    await shot(page, "03b-reader-marks");
    await mark.click();
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe(id);
    expect(new URL(page.url()).searchParams.get("tab")).toBe("article");
    expect(await pane.isVisible()).toBe(true);
    expect(Math.abs((await pane.evaluate((p) => p.scrollTop)) - scrolled)).toBeLessThan(2);
    expect(await pane.locator(`mark.current[data-claim="${id}"]`).count()).toBeGreaterThan(0);
    const current = await pane.locator("mark.current").evaluateAll((all) => all.map((m) => m.dataset.claim));
    expect(new Set(current)).toEqual(new Set([id]));
  });

  it("runs a Cypher query: table, then graph replacing the view", async () => {
    await page.click('[data-tab="cypher"]');
    const editor = page.locator(".cm-content");
    await editor.waitFor();
    await editor.click();
    await page.keyboard.press("Control+A");
    // Neo4j's Cypher: type(r) and a 0-based index, translated on the embedded store.
    await page.keyboard.type(
      "MATCH (p:Person)-[r:SAID]->(c:Claim) RETURN p.name AS name, type(r), p, r, c, [p.name][0] AS first LIMIT 5",
    );
    await page.keyboard.press("Escape"); // close completion
    await page.keyboard.press("Control+Enter");
    const rows = page.locator('[data-testid="cypher-table"] tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    const headers = await page.locator('[data-testid="cypher-table"] th').allTextContents();
    expect(headers).toEqual(["name", "type(r)", "p", "r", "c", "first"]);
    const cells = await rows.first().locator("td").allTextContents();
    expect(cells[1]).toBe("SAID");
    // The relationship whole, as Neo4j Browser writes it: its ends by name (a claim's cut short), its type.
    const claim = cells[4] ?? "";
    expect(cells[3]).toBe(`(${cells[0]})-[:SAID]->(${claim.length > 24 ? `${claim.slice(0, 23)}…` : claim})`);
    expect(cells[5]).toBe(cells[0]);
    await shot(page, "04-cypher-table");
    await page.getByRole("button", { name: "Replace view" }).click();
    const summary = await page.locator('[data-testid="cypher-output"] .actions').textContent();
    const expected = Number(/Graph: (\d+) nodes/.exec(summary ?? "")?.[1]);
    expect(await settled(page)).toBe(expected);
    await shot(page, "04-cypher-graph");
  });

  it("a write query is refused with a message and changes nothing", async () => {
    const before = await getJson<Stats>("/api/stats");
    await page.locator(".cm-content").click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type('CREATE (n:Person {id: "Person:x", name: "x"}) RETURN n');
    await page.keyboard.press("Escape");
    await page.keyboard.press("Control+Enter");
    const error = page.locator('[data-testid="cypher-output"] .error');
    await error.waitFor();
    expect((await error.textContent())?.length).toBeGreaterThan(5);
    expect(await getJson<Stats>("/api/stats")).toEqual(before);
    await shot(page, "05-cypher-write-refused");
  });

  it("exports the view as GEXF that parses", async () => {
    const shown = await settled(page);
    await page.selectOption('[data-testid="export-format"]', "gexf");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="export"]')]);
    const xml = readFileSync(await download.path(), "utf8");
    const gexf = new XMLParser({ ignoreAttributes: false }).parse(xml).gexf;
    const nodes = [gexf.graph.nodes.node].flat();
    expect(nodes.length).toBe(shown);
    await shot(page, "06-export");
  });

  it("ingests a pasted article: new nodes appear", async () => {
    await page.goto(`${server.url}/?view=graph`);
    const before = await settled(page);
    const statsBefore = await getJson<Stats>("/api/stats");
    await page.click('[data-tab="ingest"]');
    await page.fill(
      '[data-testid="ingest-text"]',
      "2025年2月3日，法國總統馬克龍在巴黎同俄羅斯總統普京通電話。馬克龍表示，法國願同俄羅斯保持溝通。普京表示，俄方支持政治解決。",
    );
    await page.getByRole("button", { name: "Preview" }).click();
    await page.locator('[data-testid="ingest-result"]').getByText("not stored").waitFor();
    expect(await getJson<Stats>("/api/stats")).toEqual(statsBefore);
    await shot(page, "07-ingest-preview");
    await page.getByRole("button", { name: "Add to store" }).click();
    await page.locator('[data-testid="ingest-result"]').getByText("Added").waitFor();
    await expect.poll(() => settled(page)).toBeGreaterThan(before);
    expect(await settled(page)).toBe(await storeNodeCount());
    await expect.poll(() => page.textContent("#filters")).toContain("Articles (2)");
    await shot(page, "08-ingest-added");
  });

  it("shows an added article on the map with the stored entities it merged into", async () => {
    await page.goto(server.url);
    await settled(page);
    await page.click('[data-tab="ingest"]');
    await page.fill(
      '[data-testid="ingest-text"]',
      "2025年2月5日，俄羅斯總統普京在莫斯科會見中國外交部長王毅。普京表示，俄方願同中方加強合作。",
    );
    await page.getByRole("button", { name: "Add to store" }).click();
    const merged = page.locator('[data-testid="ingest-merged"] button');
    await merged.first().waitFor();
    const ids = await merged.evaluateAll((buttons) => buttons.map((b) => b.getAttribute("data-id") ?? ""));
    expect(ids).toEqual(expect.arrayContaining(["Person:普京", "Country:RUS"]));
    const selected = new URL(page.url()).searchParams.get("sel")?.split(",") ?? [];
    expect(selected[0]).toMatch(/^Article:/);
    expect(selected.slice(1).sort()).toEqual([...ids].sort());
    // Drawn, and inside the graph area once the layout has settled and the camera framed them.
    await page.waitForTimeout(3000);
    await page.waitForFunction(
      () => ![...document.querySelectorAll("#toolbar button")].some((b) => b.textContent === "Stop layout"),
      undefined,
      { timeout: 20_000 },
    );
    await page.waitForTimeout(800);
    const box = await page.locator("#graph").boundingBox();
    const points = await page.evaluate(
      (ids) =>
        ids.map((id) =>
          (window as unknown as { diplograph: { onScreen(id: string): { x: number; y: number } } }).diplograph.onScreen(
            id,
          ),
        ),
      [selected[0] as string, ...ids],
    );
    for (const p of points) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(box?.width ?? 0);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(box?.height ?? 0);
    }
    await shot(page, "08b-ingest-merged-on-map");
  });

  it("shows HTML in an article as text, never runs it", async () => {
    const title = '<img src=x onerror="window.__pwned=1">標題';
    const text = '普京表示，<b>粗體</b><img src=x onerror="window.__pwned=1">俄方支持合作。';
    const response = await fetch(`${server.url}/api/articles`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text, title, date: "2025-02-04" }),
    });
    expect(response.ok).toBe(true);
    const { article } = (await response.json()) as { article: string };
    await page.goto(`${server.url}/?tab=article&article=${encodeURIComponent(article)}`);
    const body = page.locator('[data-testid="article-text"]');
    await body.waitFor();
    expect(await body.textContent()).toContain("<b>粗體</b><img src=x");
    expect(await page.textContent('[data-pane="article"] h2')).toBe(title);
    expect(await page.locator("#panel img, #panel b, #sidebar img").count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    await shot(page, "09-html-as-text");
  });

  it("shows an API error in words", async () => {
    await page.goto(`${server.url}/?sel=${encodeURIComponent("Person:沒有這個人")}`);
    const error = page.locator('[data-pane="details"] .error');
    await error.waitFor();
    expect((await error.textContent())?.trim().length).toBeGreaterThan(5);
    await shot(page, "10-api-error");
  });
});
