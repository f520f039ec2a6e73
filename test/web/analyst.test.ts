// The analyst's view end to end in headless Chromium, on the eval articles (test/fixtures/eval): the diplomatic
// map as the first view, and a country pair over time. Screenshots under test-results/web/.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { CountryMap, CountryPair, WireGraph } from "../../graph/api.ts";
import type { LabelBox } from "../../web/src/graph/renderer.ts";
import { buildWeb, launchBrowser, type Server, settled, shot, startServer } from "./harness.ts";

interface Drawn {
  labels(): LabelBox[];
  nodes(): {
    id: string;
    x: number;
    y: number;
    size: number;
    color: string;
    degree: number;
    hidden: boolean;
    kind: string;
  }[];
  onScreen(id: string): { x: number; y: number };
}
const drawn = <T>(page: Page, read: (d: Drawn) => T) =>
  page.evaluate((source) => {
    const d = (window as unknown as { diplograph: Drawn }).diplograph;
    return new Function("d", `return (${source})(d)`)(d);
  }, read.toString()) as Promise<T>;

/** Where nodes are drawn, in the graph area's pixels. */
const onScreen = (ids: string[]) =>
  page.evaluate((ids) => ids.map((id) => (window as unknown as { diplograph: Drawn }).diplograph.onScreen(id)), ids);

let server: Server;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let articles: string;

const getJson = async <T>(path: string): Promise<T> => (await fetch(server.url + path)).json() as Promise<T>;
const neighbours = async (body: Record<string, unknown>) =>
  (await (
    await fetch(`${server.url}/api/neighbours`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
    })
  ).json()) as WireGraph;

beforeAll(async () => {
  buildWeb();
  articles = mkdtempSync(join(tmpdir(), "diplograph-analyst-"));
  for (const name of readdirSync("test/fixtures/eval").filter((n) => n.endsWith(".txt")))
    cpSync(join("test/fixtures/eval", name), join(articles, name));
  server = await startServer(articles);
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on("pageerror", (error) => console.error("page error:", error.message));
}, 600_000); // the build and the ingest of the articles take minutes on a busy machine

afterEach(async ({ task }) => {
  if (task.result?.state === "fail") await shot(page, `failed-${task.name.replace(/\W+/g, "-")}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (articles) rmSync(articles, { recursive: true, force: true });
});

/** Pairs of drawn labels whose boxes intersect. */
const overlapping = (boxes: LabelBox[]) =>
  boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height)
      .map((b) => `${a.text} / ${b.text}`),
  );

describe("the diplomatic map", () => {
  let positions: Record<string, [number, number]>;

  it("is the first view: countries with relations, one edge per pair, labels apart", async () => {
    await page.goto(server.url);
    const shown = await settled(page);
    const map = await getJson<CountryMap>("/api/map?speakers=0");
    const pairs = new Set(
      map.pairs.filter((p) => p.source !== p.target).map((p) => [p.source, p.target].sort().join()),
    );
    const nodes = await drawn(page, (d) => d.nodes());
    expect(shown).toBe(new Set([...pairs].flatMap((p) => p.split(","))).size);
    expect(nodes.every((n) => n.kind === "Country" && n.degree > 0)).toBe(true);
    expect(Number(await page.getAttribute("#status", "data-edges"))).toBe(pairs.size);
    await page.waitForTimeout(500);
    const labels = await drawn(page, (d) => d.labels());
    expect(labels.filter((l) => l.of === "node").length).toBeGreaterThan(shown * 0.6);
    expect(labels.some((l) => l.of === "edge")).toBe(true);
    expect(overlapping(labels)).toEqual([]);
    expect(await page.locator("#legend").textContent()).toContain("Communities (Louvain)");
    await shot(page, "map-01-first-view");
    positions = Object.fromEntries(nodes.map((n) => [n.id, [n.x, n.y]]));
  });

  it("shows the same layout on reload, and in a fresh browser (a deterministic layout)", async () => {
    await page.reload();
    await settled(page);
    const again = await drawn(page, (d) => d.nodes());
    expect(Object.fromEntries(again.map((n) => [n.id, [n.x, n.y]]))).toEqual(positions);
    const fresh = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const other = await fresh.newPage();
    await other.goto(server.url);
    await settled(other);
    const elsewhere = await drawn(other, (d) => d.nodes());
    expect(Object.fromEntries(elsewhere.map((n) => [n.id, [n.x, n.y]]))).toEqual(positions);
    await fresh.close();
  });

  it("adds the people who speak for the countries on demand, without moving a country", async () => {
    await page.check('[data-testid="speakers"]');
    await expect.poll(async () => (await drawn(page, (d) => d.nodes())).some((n) => n.kind === "Person")).toBe(true);
    await settled(page);
    const nodes = await drawn(page, (d) => d.nodes());
    for (const n of nodes.filter((n) => n.kind === "Country")) expect([n.x, n.y]).toEqual(positions[n.id]);
    expect(nodes.every((n) => n.degree > 0)).toBe(true);
    expect(new URL(page.url()).searchParams.get("speakers")).toBe("1");
    await page.waitForTimeout(300);
    expect(overlapping(await drawn(page, (d) => d.labels()))).toEqual([]);
    await shot(page, "map-02-speakers");
    await page.uncheck('[data-testid="speakers"]');
    await expect.poll(async () => (await drawn(page, (d) => d.nodes())).some((n) => n.kind === "Person")).toBe(false);
  });
});

describe("a country pair over time", () => {
  let pair: CountryPair;

  it("opens from two selected countries: counts, timeline and the dated evidence list", async () => {
    pair = await getJson<CountryPair>("/api/pair?a=Country:CHN&b=Country:USA");
    expect(pair.relations.length).toBeGreaterThan(1);
    // 中国 selected first (from the URL), then one shift-click on 美国: two clicks on the stage within sigma's
    // 300 ms, which a loaded machine can make of two slow ones, are a double click (an expansion).
    await page.goto(`${server.url}/?sel=Country:CHN`);
    await settled(page);
    await page.waitForSelector('[data-pane="details"]:not([hidden]) h2');
    await page.waitForTimeout(500); // the camera's fit
    const [usa] = await onScreen(["Country:USA"]);
    const box = await page.locator("#graph").boundingBox();
    await page.mouse.move((box?.x ?? 0) + (usa?.x ?? 0), (box?.y ?? 0) + (usa?.y ?? 0));
    await page.keyboard.down("Shift");
    await page.mouse.click((box?.x ?? 0) + (usa?.x ?? 0), (box?.y ?? 0) + (usa?.y ?? 0));
    await page.keyboard.up("Shift");
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe("Country:CHN,Country:USA");
    const panel = page.locator('[data-pane="pair"]');
    await panel.locator('[data-testid="pair-evidence"] tbody tr').first().waitFor();
    expect(await panel.locator('[data-testid="pair-evidence"] tbody tr').count()).toBe(pair.relations.length);
    const bars = panel.locator('[data-testid="pair-timeline"] rect');
    const counted = await bars.evaluateAll((rects) =>
      rects.reduce((n, r) => n + Number(r.getAttribute("data-count")), 0),
    );
    expect(counted).toBe(pair.relations.filter((r) => r.date).length);
    const byType = await panel.locator('[data-testid="pair-counts"] tbody tr').allTextContents();
    expect(byType.length).toBe(new Set(pair.relations.map((r) => r.type)).size);
    await shot(page, "pair-01-china-usa");
  });

  it("sorts the evidence by a column and opens the reader at a sentence's span", async () => {
    const panel = page.locator('[data-pane="pair"]');
    await panel.locator('button[data-sort="type"]').click();
    const types = await panel.locator('[data-testid="pair-evidence"] tbody tr td:nth-child(2) .chip').allTextContents();
    expect(types).toEqual([...types].sort());
    const first = panel.locator('[data-testid="pair-evidence"] tbody tr').first();
    const sentence = (await first.locator("td:nth-child(4) div").first().textContent()) ?? "";
    await first.click();
    const current = page.locator('[data-pane="article"] mark.current');
    await current.first().waitFor();
    expect((await current.allTextContents()).join("")).toBe(sentence);
    await shot(page, "pair-02-reader");
  });

  it("exports the evidence list as CSV, one row per evidence sentence", async () => {
    await page.click('[data-tab="pair"]');
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="pair-csv"]')]);
    const rows = parse(readFileSync(await download.path(), "utf8"), { columns: true, bom: true }) as Record<
      string,
      string
    >[];
    expect(rows).toHaveLength(pair.relations.length);
    expect(rows.map((r) => r.evidence).sort()).toEqual(pair.relations.map((r) => r.evidence).sort());
    expect(rows.every((r) => r.article_id?.startsWith("Article:"))).toBe(true);
  });

  it("opens from a click on the aggregated edge", async () => {
    await page.goto(server.url);
    await settled(page);
    await page.waitForTimeout(500); // the camera's fit
    // The widest edge (China and the USA, the most events), at a point away from every node (a node under the
    // mouse takes the click).
    const ids = (await drawn(page, (d) => d.nodes())).map((n) => n.id);
    const [chn, usa, ...nodes] = await onScreen(["Country:CHN", "Country:USA", ...ids]);
    const along = [0.5, 0.4, 0.6, 0.3, 0.7].map((t) => ({
      x: (chn?.x ?? 0) + t * ((usa?.x ?? 0) - (chn?.x ?? 0)),
      y: (chn?.y ?? 0) + t * ((usa?.y ?? 0) - (chn?.y ?? 0)),
    }));
    const free = along.find((p) => nodes.every((n) => Math.hypot(n.x - p.x, n.y - p.y) > 20)) ?? along[0];
    const box = await page.locator("#graph").boundingBox();
    const [x, y] = [(box?.x ?? 0) + (free?.x ?? 0), (box?.y ?? 0) + (free?.y ?? 0)];
    // As a user does: the mouse comes over the edge (sigma finds it under the mouse), then clicks.
    await page.mouse.move(x, y);
    await page.waitForTimeout(300);
    await page.mouse.click(x, y);
    await expect.poll(() => new URL(page.url()).searchParams.get("sel")).toBe("Country:CHN,Country:USA");
    await page.locator('[data-pane="pair"] [data-testid="pair-title"]').waitFor();
    expect(await page.textContent('[data-pane="pair"] [data-testid="pair-title"]')).toMatch(/中.*美/);
    await shot(page, "pair-03-edge-click");
  });
});

describe("rankings and styling", () => {
  it("ranks the nodes in view by PageRank, sorts by any column, and a click focuses the node", async () => {
    await page.goto(server.url);
    const shown = await settled(page);
    await page.click('[data-tab="rank"]');
    const rows = page.locator('[data-testid="rank-table"] tbody tr');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(shown);
    const values = async (column: number) =>
      await rows
        .locator(`td:nth-child(${column})`)
        .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute("data-value"))));
    const ranks = await values(5);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(await rows.first().getAttribute("data-id")).toBe("Country:CHN"); // the hub of these articles
    await page.click('[data-testid="rank-table"] button[data-sort="betweenness"]');
    const between = await values(6);
    expect(between).toEqual([...between].sort((a, b) => b - a));
    await page.click('[data-testid="rank-table"] button[data-sort="degree"]');
    const degrees = await values(4);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    const nodes = await drawn(page, (d) => d.nodes());
    expect(degrees[0]).toBe(Math.max(...nodes.map((n) => n.degree)));
    await rows.nth(1).click();
    await expect
      .poll(() => new URL(page.url()).searchParams.get("sel"))
      .toBe(await rows.nth(1).getAttribute("data-id"));
    await page.click('[data-tab="rank"]');
    await shot(page, "rank-01-table");
  });

  it("sizes and colours nodes by a metric, and back", async () => {
    const before = await drawn(page, (d) => d.nodes());
    await page.selectOption('[data-testid="size-by"]', "betweenness");
    await page.selectOption('[data-testid="color-by"]', "pagerank");
    await expect
      .poll(async () => (await drawn(page, (d) => d.nodes())).map((n) => n.size))
      .not.toEqual(before.map((n) => n.size));
    const styled = await drawn(page, (d) => d.nodes());
    const size = Object.fromEntries(styled.map((n) => [n.id, n.size]));
    expect(Math.max(...styled.map((n) => n.size))).toBe(size["Country:CHN"]);
    expect(new Set(styled.map((n) => n.color)).size).toBeGreaterThan(2);
    await page.waitForTimeout(300);
    await shot(page, "rank-02-styled");
    await page.selectOption('[data-testid="size-by"]', "default");
    await page.selectOption('[data-testid="color-by"]', "default");
    const back = await drawn(page, (d) => d.nodes());
    expect(back.map((n) => [n.size, n.color])).toEqual(before.map((n) => [n.size, n.color]));
  });
});

describe("expansion for big nodes", () => {
  const form = () => page.locator('[data-pane="details"] [data-testid="expand"]');
  const status = () => form().locator('[data-testid="expand-status"]');

  it("expands a country by chosen types a capped page at a time, and shows more until all are in view", async () => {
    const all = await neighbours({ ids: ["Country:CHN"], depth: 1, limit: 5000, types: ["MENTIONS"] });
    const claims = all.nodes.filter((id) => id !== "Country:CHN").sort();
    expect(claims.length).toBeGreaterThan(50);
    await page.goto(`${server.url}/?sel=Country:CHN`);
    await settled(page);
    await form().waitFor();
    // The map draws relations already: the form offers the statement types.
    expect(
      await form()
        .locator("input[type=checkbox]")
        .evaluateAll((boxes) => boxes.map((b) => b.getAttribute("value"))),
    ).toEqual(["SAID", "MENTIONS", "REPRESENTS"]);
    await form().locator('input[value="SAID"]').uncheck();
    await form().locator('input[value="REPRESENTS"]').uncheck();
    await page.selectOption('[data-testid="expand-cap"]', "25");
    await form().locator('[data-testid="expand-run"]').click();
    await expect.poll(() => status().textContent()).toMatch(/^25 neighbours shown/);
    const claimsInView = async () =>
      (await drawn(page, (d) => d.nodes()))
        .filter((n) => n.kind === "Claim")
        .map((n) => n.id)
        .sort();
    const firstPage = await claimsInView();
    expect(firstPage).toHaveLength(25);
    expect(claims).toEqual(expect.arrayContaining(firstPage));
    await page.waitForTimeout(500);
    await shot(page, "expand-01-first-page");
    for (let pages = 1; (await form().locator('[data-testid="expand-more"]').count()) > 0; pages++) {
      expect(pages).toBeLessThan(claims.length / 25 + 2);
      await form().locator('[data-testid="expand-more"]').click();
      await expect
        .poll(() => status().textContent())
        .toMatch(new RegExp(`^${Math.min(claims.length, 25 * (pages + 1))} neighbours`));
    }
    expect(await status().textContent()).toBe(`${claims.length} neighbours shown — all of them`);
    expect(await claimsInView()).toEqual(claims);
    await shot(page, "expand-02-all-pages");
  });

  it("expands two hops: a person's claims and what they mention", async () => {
    await page.goto(`${server.url}/?sel=${encodeURIComponent("Person:普京")}&speakers=1`);
    await settled(page);
    await form().waitFor();
    await form().locator('input[value="REPRESENTS"]').uncheck();
    await page.selectOption('[data-testid="expand-depth"]', "2");
    await form().locator('[data-testid="expand-run"]').click();
    await expect.poll(() => status().textContent()).toMatch(/neighbours shown/);
    const expected = await neighbours({ ids: ["Person:普京"], depth: 2, limit: 101, types: ["SAID", "MENTIONS"] });
    const nodes = new Set((await drawn(page, (d) => d.nodes())).map((n) => n.id));
    for (const id of expected.nodes) expect(nodes.has(id)).toBe(true);
    // The second hop: a claim of his mentions a country, drawn as an edge.
    const edges = await page.evaluate(() =>
      (window as unknown as { diplograph: { edges(): string[][] } }).diplograph.edges(),
    );
    expect(
      edges.some(([s, t, type]) => s?.startsWith("Claim:") && t?.startsWith("Country:") && type === "MENTIONS"),
    ).toBe(true);
    await shot(page, "expand-03-two-hops");
  });
});

describe("details of an entity", () => {
  /** The claims an entity said, and the other claims that mention it, read from its neighbourhood. */
  const claimsOf = async (id: string) => {
    const ofType = async (type: string) =>
      (await neighbours({ ids: [id], depth: 1, limit: 5000, types: [type] })).nodes.filter((n) => n !== id);
    const said = await ofType("SAID");
    return { said, mentioned: (await ofType("MENTIONS")).filter((c) => !said.includes(c)) };
  };
  const pane = () => page.locator('[data-pane="details"]');

  it("counts a person's own claims apart from the claims that mention them", async () => {
    const { said, mentioned } = await claimsOf("Person:习近平");
    expect(said.length).toBeGreaterThan(0);
    expect(mentioned.length).toBeGreaterThan(0);
    await page.goto(`${server.url}/?sel=${encodeURIComponent("Person:习近平")}`);
    await pane().locator('[data-testid="said"]').waitFor();
    expect(await pane().locator("h3").allTextContents()).toEqual(
      expect.arrayContaining([`Said (${said.length})`, `Mentioned in (${mentioned.length})`]),
    );
    const listed = (testid: string) =>
      pane()
        .locator(`[data-testid="${testid}"] .claim-item`)
        .evaluateAll((items) => items.map((i) => i.getAttribute("data-claim") ?? ""));
    expect((await listed("said")).sort()).toEqual([...said].sort());
    expect((await listed("mentioned")).sort()).toEqual([...mentioned].sort());
  });

  it("lists every claim that mentions a country, a page at a time", async () => {
    const { mentioned } = await claimsOf("Country:CHN");
    expect(mentioned.length).toBeGreaterThan(50);
    await page.goto(`${server.url}/?sel=Country:CHN`);
    const items = pane().locator('[data-testid="mentioned"] .claim-item');
    await items.first().waitFor();
    expect(await items.count()).toBe(50);
    const more = pane().locator('[data-testid="mentioned-more"]');
    expect(await more.textContent()).toBe(
      `Show ${Math.min(50, mentioned.length - 50)} more (50 of ${mentioned.length})`,
    );
    while ((await more.count()) > 0) {
      const before = await items.count();
      await more.click();
      await expect.poll(() => items.count()).toBeGreaterThan(before);
    }
    const ids = await items.evaluateAll((list) => list.map((i) => i.getAttribute("data-claim") ?? ""));
    expect(ids.sort()).toEqual([...mentioned].sort());
    await shot(page, "details-01-mentioned-paged");
  });

  it("lists a role once whatever the scripts it was written in", async () => {
    await page.goto(`${server.url}/?sel=${encodeURIComponent("Person:特朗普")}`);
    const roles = pane().locator('[data-testid="roles"] li');
    await roles.first().waitFor();
    const texts = await roles.allTextContents();
    expect(texts.filter((t) => /美[國国]總統|美国总统/.test(t))).toHaveLength(1);
    await shot(page, "details-02-roles");
  });
});

describe("filters by date and article", () => {
  /** Entities drawn without a claim or relation (REPRESENTS does not count): none under a filter. */
  const unanchored = async () => {
    const edges = await page.evaluate(() =>
      (window as unknown as { diplograph: { edges(): string[][] } }).diplograph.edges(),
    );
    const anchored = new Set(edges.filter(([, , type]) => type !== "REPRESENTS").flatMap(([s, t]) => [s, t]));
    const nodes = await drawn(page, (d) => d.nodes());
    const entities = nodes.filter((n) => ["Person", "Country", "Organization"].includes(n.kind));
    return { entities: entities.length, unanchored: entities.filter((n) => !anchored.has(n.id)).map((n) => n.id) };
  };

  it("shows articles by date above the slider; a narrower range hides entities left without edges", async () => {
    const articles = await getJson<{ id: string; date?: string }[]>("/api/articles");
    await page.goto(`${server.url}/?view=graph`);
    await settled(page);
    const bars = page.locator('[data-testid="date-histogram"] rect');
    const counts = await bars.evaluateAll((rects) => rects.map((r) => Number(r.getAttribute("data-count"))));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(articles.filter((a) => a.date).length);
    expect(await page.locator('[data-testid="date-histogram"] rect.out').count()).toBe(0);
    const before = await unanchored();
    // The later half of the range.
    const from = page.locator('[aria-label="From date"]');
    const max = Number(await from.getAttribute("max"));
    await from.fill(String(Math.round(max / 2)));
    await expect.poll(() => new URL(page.url()).searchParams.get("from")).not.toBeNull();
    await page.waitForTimeout(400);
    await settled(page);
    expect(await page.locator('[data-testid="date-histogram"] rect.out').count()).toBeGreaterThan(0);
    const after = await unanchored();
    expect(after.unanchored).toEqual([]);
    expect(after.entities).toBeLessThan(before.entities);
    await shot(page, "filter-01-date-histogram");
  });

  it("an article filter hides entities tied only to the articles filtered out", async () => {
    const [article] = await getJson<{ id: string }[]>("/api/articles");
    await page.goto(`${server.url}/?view=graph`);
    await settled(page);
    const all = await unanchored();
    await page.goto(`${server.url}/?view=graph&articles=${encodeURIComponent(article?.id ?? "")}`);
    await settled(page);
    const one = await unanchored();
    expect(one.unanchored).toEqual([]);
    expect(one.entities).toBeGreaterThan(0);
    expect(one.entities).toBeLessThan(all.entities);
    const claims = (await drawn(page, (d) => d.nodes())).filter((n) => n.kind === "Claim").map((n) => n.id);
    const prefix = `Claim:${article?.id.slice("Article:".length, "Article:".length + 16)}`;
    expect(claims.every((c) => c.startsWith(prefix))).toBe(true);
    await shot(page, "filter-02-one-article");
  });
});

describe("labels at the stage edge", () => {
  it("draws a node label left of its node where the stage would cut it off", async () => {
    await page.goto(server.url);
    await settled(page);
    await page.waitForTimeout(800);
    const box = await page.locator("#graph").boundingBox();
    const labels = (await drawn(page, (d) => d.labels())).filter((l) => l.of === "node");
    expect(labels.length).toBeGreaterThan(5);
    for (const label of labels) {
      expect(label.x, label.text).toBeGreaterThanOrEqual(-2);
      expect(label.x + label.width, label.text).toBeLessThanOrEqual((box?.width ?? 0) + 2);
    }
    await shot(page, "labels-01-stage-edge");
  });
});

describe("defects fixed on the way", () => {
  it("the id line shows the stored id whatever the script shown", async () => {
    await page.goto(`${server.url}/?script=hant&view=graph&sel=${encodeURIComponent("Person:习近平")}`);
    const heading = page.locator('[data-pane="details"] h2');
    await expect.poll(() => heading.textContent()).toBe("習近平");
    const id = page.locator('[data-pane="details"] dt:text-is("id") + dd');
    expect(await id.textContent()).toBe("Person:习近平");
  });

  it("hidden nodes can be shown again", async () => {
    await page.goto(`${server.url}/?sel=Country:RUS`);
    const shown = await settled(page);
    await page.locator("#toolbar button", { hasText: /^Hide$/ }).click();
    await expect.poll(() => settled(page)).toBe(shown - 1);
    const unhide = page.locator('[data-testid="unhide"]');
    expect(await unhide.textContent()).toBe("Show hidden (1)");
    await unhide.click();
    await expect.poll(() => settled(page)).toBe(shown);
    expect(new URL(page.url()).searchParams.get("hide")).toBeNull();
    expect(await unhide.isDisabled()).toBe(true);
  });

  it("Path frames the camera on the path and lists it as text", async () => {
    await page.goto(`${server.url}/?sel=Country:AGO,Country:USA`);
    await settled(page);
    await page.waitForTimeout(500);
    await page.locator("#toolbar button", { hasText: /^Path$/ }).click();
    const steps = page.locator('[data-testid="path"] li');
    await steps.first().waitFor();
    const text = (await steps.allTextContents()).join(" ");
    expect(text).toContain("安哥拉");
    expect(text).toContain("美国");
    await page.waitForTimeout(700); // the camera's move
    const ids = await page.locator('[data-testid="path"] li button').count();
    expect(ids).toBe(await steps.count());
    const box = await page.locator("#graph").boundingBox();
    const ends = await onScreen(["Country:AGO", "Country:USA"]);
    for (const end of ends) {
      expect(end.x).toBeGreaterThan(0);
      expect(end.x).toBeLessThan(box?.width ?? 0);
      expect(end.y).toBeGreaterThan(0);
      expect(end.y).toBeLessThan(box?.height ?? 0);
    }
    await shot(page, "defect-path");
  });

  it("a Cypher result put in place of the view survives a reload (the URL keeps it)", async () => {
    const query = "MATCH (p:Person)-[r:REPRESENTS]->(c:Country) RETURN p, r, c LIMIT 4";
    await page.goto(`${server.url}/?tab=cypher&q=${encodeURIComponent(query)}`);
    await settled(page);
    await page.locator(".cm-content").waitFor();
    await page.locator(".cm-content").click();
    await page.keyboard.press("Control+Enter");
    await page.locator('[data-testid="cypher-table"] tbody tr').first().waitFor();
    await page.getByRole("button", { name: "Replace view" }).click();
    const summary = await page.locator('[data-testid="cypher-output"] .actions').textContent();
    const expected = Number(/Graph: (\d+) nodes/.exec(summary ?? "")?.[1]);
    await expect.poll(() => new URL(page.url()).searchParams.get("view")).toBe("query");
    expect(await settled(page)).toBe(expected);
    await page.reload();
    await expect.poll(() => page.getAttribute("#status", "data-nodes")).toBe(String(expected));
    expect((await drawn(page, (d) => d.nodes())).every((n) => n.kind === "Person" || n.kind === "Country")).toBe(true);
    expect(await page.inputValue('[data-testid="view"]')).toBe("query");
  });

  it("an uploaded file keeps the title, date and source typed in the form", async () => {
    await page.goto(`${server.url}/?tab=ingest`);
    const pane = page.locator('[data-pane="ingest"]');
    await pane.locator('input[placeholder="Title (optional)"]').fill("手填的標題");
    await pane.locator('input[type="date"]').fill("2024-12-31");
    await pane.locator('input[placeholder="Source (optional)"]').fill("測試來源");
    await pane.locator('input[type="file"]').setInputFiles({
      name: "upload.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("2025年3月1日，中國外交部發言人毛寧表示，中方支持俄羅斯與烏克蘭對話。"),
    });
    await page.getByRole("button", { name: "Add to store" }).click();
    await pane.locator('[data-testid="ingest-result"]').getByText("Added").waitFor();
    const articles = await getJson<{ title: string; date?: string; source?: string }[]>("/api/articles");
    expect(articles).toContainEqual(
      expect.objectContaining({ title: "手填的標題", date: "2024-12-31", source: "測試來源" }),
    );
  });
});
