// The explorer's layout and exports in headless Chromium: narrow screens, labels at the stage's edges, and the
// files the Export button writes. Screenshots under test-results/web/.
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { buildWeb, launchBrowser, type Server, SHOTS, settled, shot, startServer } from "./harness.ts";

let server: Server;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  buildWeb();
  server = await startServer();
  browser = await launchBrowser();
  context = await browser.newContext({ viewport: { width: 1440, height: 900 }, acceptDownloads: true });
  page = await context.newPage();
  page.on("pageerror", (error) => console.error("page error:", error.message));
}, 600_000); // the build and the ingest take minutes on a busy machine

afterEach(async ({ task }) => {
  if (task.result?.state === "fail") await shot(page, `failed-${task.name.replace(/\W+/g, "-")}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Width of an element on screen, 0 when it is not displayed. */
const widthOf = (selector: string) =>
  page.locator(selector).evaluate((node) => (node.checkVisibility() ? node.getBoundingClientRect().width : 0));

describe("narrow screens", () => {
  it("below 1000 px the side panels are drawers opened by toggles, and the graph keeps the width", async () => {
    await page.setViewportSize({ width: 800, height: 700 });
    await page.goto(`${server.url}/?view=graph`);
    await settled(page);
    expect(await widthOf("#graph")).toBeGreaterThanOrEqual(790);
    expect(await widthOf("#sidebar")).toBe(0);
    expect(await widthOf("#panel")).toBe(0);
    // The graph canvas follows the stage: sigma drew at the full width.
    const canvas = await page
      .locator("#graph canvas")
      .first()
      .evaluate((c) => c.getBoundingClientRect().width);
    expect(canvas).toBeGreaterThanOrEqual(790);
    await shot(page, "narrow-01-graph");

    const details = page.locator('.drawer-toggle[aria-controls="panel"]');
    const filters = page.locator('.drawer-toggle[aria-controls="sidebar"]');
    await details.click();
    expect(await details.getAttribute("aria-expanded")).toBe("true");
    const panelWidth = await widthOf("#panel");
    expect(panelWidth).toBeGreaterThan(300);
    expect(panelWidth).toBeLessThan(800 * 0.9);
    await shot(page, "narrow-02-details-open");
    // One drawer at a time.
    await filters.click();
    expect(await widthOf("#sidebar")).toBeGreaterThan(200);
    expect(await widthOf("#panel")).toBe(0);
    expect(await page.locator("#filters").textContent()).not.toBe("");
    await shot(page, "narrow-03-filters-open");
    await filters.click();
    expect(await widthOf("#sidebar")).toBe(0);

    // Selecting a node opens its details.
    const first = await page.evaluate(() => {
      const d = (window as unknown as { diplograph: { nodes(): { id: string; kind: string }[] } }).diplograph;
      return d.nodes().find((n) => n.kind === "Person")?.id ?? "";
    });
    await page.fill(".search-box", first.slice(first.indexOf(":") + 1));
    await page.locator(".dropdown li").first().waitFor();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector("#panel")?.classList.contains("open"));
    expect(await widthOf("#panel")).toBeGreaterThan(300);
  });

  it("at 1000 px and more the panels are in the grid and the toggles hidden", async () => {
    await page.setViewportSize({ width: 1000, height: 700 });
    await settled(page);
    expect(await widthOf('.drawer-toggle[aria-controls="sidebar"]')).toBe(0);
    expect(await widthOf('.drawer-toggle[aria-controls="panel"]')).toBe(0);
    expect(await widthOf("#sidebar")).toBeGreaterThan(150);
    expect(await widthOf("#panel")).toBeGreaterThan(250);
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});

interface ShownNode {
  id: string;
  x: number;
  y: number;
  size: number;
  color: string;
  hidden: boolean;
}
const shownNodes = () =>
  page.evaluate(() =>
    (window as unknown as { diplograph: { nodes(): ShownNode[] } }).diplograph.nodes().filter((n) => !n.hidden),
  );
const shownEdges = () =>
  page.evaluate(() =>
    (window as unknown as { diplograph: { edges(): [string, string, string][] } }).diplograph.edges(),
  );

/** Clicks Export and reads the file it saves. */
async function exported(format: string, scope: "view" | "selection"): Promise<string> {
  await page.selectOption('[data-testid="export-format"]', format);
  await page.selectOption('[data-testid="export-scope"]', scope);
  const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="export"]')]);
  return readFileSync(await download.path(), "utf8");
}

describe("exports", () => {
  it("GEXF carries the view's positions, sizes and colours (viz namespace)", async () => {
    await page.goto(`${server.url}/?view=graph`);
    await settled(page);
    await page.click('button:has-text("Stop layout")', { timeout: 2000 }).catch(() => undefined);
    const nodes = await shownNodes();
    const gexf = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(
      await exported("gexf", "view"),
    ).gexf;
    expect(gexf["xmlns:viz"]).toBe("http://gexf.net/1.3/viz");
    const written = [gexf.graph.nodes.node].flat();
    expect(written.length).toBe(nodes.length);
    for (const node of nodes) {
      const out = written.find((n: { id: string }) => n.id === node.id);
      expect(Number(out["viz:position"].x)).toBeCloseTo(node.x, 3);
      expect(Number(out["viz:position"].y)).toBeCloseTo(node.y, 3);
      expect(Number(out["viz:size"].value)).toBeCloseTo(node.size, 5);
      expect(out["viz:color"].hex).toBe(node.color);
    }
    const edges = [gexf.graph.edges.edge].flat();
    expect(edges.length).toBe((await shownEdges()).length);
    expect(edges.every((e: Record<string, { hex?: string }>) => e["viz:color"]?.hex?.startsWith("#"))).toBe(true);
  });

  it("a selection exports the selected nodes, their neighbours and the edges among and around them", async () => {
    const nodes = await shownNodes();
    const edges = await shownEdges();
    const degree = (id: string) => edges.filter(([s, t]) => s === id || t === id).length;
    const chosen = nodes
      .filter((n) => !n.id.startsWith("Claim:") && !n.id.startsWith("Article:"))
      .sort((a, b) => degree(a.id) - degree(b.id))[0];
    if (!chosen) throw new Error("no entity in view");
    await page.fill(".search-box", chosen.id.slice(chosen.id.indexOf(":") + 1));
    await page.locator(".dropdown li").first().waitFor();
    await page.keyboard.press("Enter");
    await page.waitForFunction((id) => new URLSearchParams(location.search).get("sel") === id, chosen.id);
    const json = JSON.parse(await exported("json", "selection"));
    const around = new Set([
      chosen.id,
      ...edges.flatMap(([s, t]) => (s === chosen.id ? [t] : t === chosen.id ? [s] : [])),
    ]);
    expect(new Set(json.nodes.map((n: { key: string }) => n.key))).toEqual(around);
    const expected = edges.filter(([s, t]) => around.has(s) && around.has(t));
    expect(json.edges.length).toBe(expected.length);
    expect(
      json.edges.filter((e: { source: string; target: string }) => e.source === chosen.id || e.target === chosen.id)
        .length,
    ).toBe(degree(chosen.id));
    await shot(page, "export-01-selection");
  });
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
  of: string;
}
interface Drawn {
  nodes(): { id: string }[];
  onScreen(id: string): { x: number; y: number };
}
const labelBoxes = () =>
  page.evaluate(() => (window as unknown as { diplograph: { labels(): Box[] } }).diplograph.labels());
const atRest = () => page.waitForSelector('#graph:not([data-fitting]) ~ #status[data-state="ready"]');
/**
 * The map after its fit (the camera moves after the first frame): the labels once it is at rest, and still at rest
 * a while later (the filters may load the view again when they have read the dates).
 */
async function openMap(): Promise<Box[]> {
  await page.goto(server.url);
  await settled(page);
  do {
    await atRest();
    await page.waitForTimeout(2500);
  } while (!(await page.locator('#graph:not([data-fitting]) ~ #status[data-state="ready"]').count()));
  return labelBoxes();
}

describe("labels at the stage's edges", () => {
  for (const [width, height] of [
    [1440, 900],
    [800, 700],
  ] as const) {
    it(`the map's labels are inside the stage at ${width}x${height}`, async () => {
      await page.setViewportSize({ width, height });
      const boxes = await openMap();
      const stage = await page.locator("#graph").evaluate((g) => g.getBoundingClientRect().toJSON());
      expect(boxes.filter((b) => b.of === "node").length).toBeGreaterThan(3);
      // Every node on the stage, and the page no wider than the screen.
      const offStage = await page.evaluate(
        ({ w, h }) => {
          const d = (window as unknown as { diplograph: Drawn }).diplograph;
          return d
            .nodes()
            .map((n) => ({ id: n.id, at: d.onScreen(n.id) }))
            .filter(({ at }) => at.x < 0 || at.y < 0 || at.x > w || at.y > h)
            .map(({ id }) => id);
        },
        { w: stage.width, h: stage.height },
      );
      expect(offStage).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      expect(await page.locator('.drawer-toggle[aria-controls="panel"]').isVisible()).toBe(width < 1000);
      const cut = boxes.filter(
        (b) => b.x < 0 || b.y < 0 || b.x + b.width > stage.width || b.y + b.height > stage.height,
      );
      expect(cut.map((b) => b.text)).toEqual([]);
      await shot(page, `labels-map-${width}`);
    });
  }

  it("PNG export draws the labels drawn on screen", async () => {
    await page.setViewportSize({ width: 1440, height: 900 });
    const boxes = (await openMap()).filter((b) => b.of === "node");
    await page.selectOption('[data-testid="export-format"]', "png");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-testid="export"]')]);
    const file = await download.path();
    copyFileSync(file, join(SHOTS, "labels-png-export.png"));
    const png = readFileSync(file).toString("base64");
    // Each label box of the screen, in the picture: does it hold the label colour's dark pixels?
    const inked = await page.evaluate(
      async ({ data, boxes }) => {
        const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
        const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context = canvas.getContext("2d") as OffscreenCanvasRenderingContext2D;
        context.drawImage(bitmap, 0, 0);
        return boxes.map((b) => {
          const pixels = context.getImageData(b.x, b.y, b.width, b.height).data;
          let dark = 0;
          for (let i = 0; i < pixels.length; i += 4)
            if ((pixels[i] ?? 255) < 80 && (pixels[i + 1] ?? 255) < 80 && (pixels[i + 2] ?? 255) < 80) dark++;
          return dark;
        });
      },
      { data: png, boxes },
    );
    expect(inked.filter((dark) => dark > 5).length).toBe(boxes.length);
    await shot(page, "labels-png-screen");
  });
});
