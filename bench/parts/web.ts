// The web app's graph view in headless Chromium: time to the first frame and frames per second while
// panning a 20k-node / 50k-edge graph, next to the same renderer with an empty graph.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { extname, join, resolve } from "node:path";
import Graph from "graphology";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import type { GraphJSON } from "../../graph/api.ts";
import { toWire } from "../../graph/wire.ts";
import { launchChromium } from "../../scripts/chromium.ts";
import { log, type Part, peakRssMB, round } from "../measure.ts";
import { seededRandom, zipf } from "../random.ts";
import { syntheticArticles } from "../synthetic.ts";
import type { FirstFrame } from "../web/main.ts";

/** Synthetic articles merged into one graph of exactly `nodes` nodes and `edges` edges. */
function viewGraph(nodes: number, edges: number): GraphJSON {
  const graph = new Graph({ type: "directed", multi: true });
  for (const article of syntheticArticles({ articles: nodes, seed: 7 })) {
    article.forEachNode((key, attributes) => {
      if (graph.order >= nodes) return;
      // The store leaves article text out of the graphs it returns to the app (store/cypher-store.ts).
      const { text: _text, ...withoutText } = attributes;
      graph.mergeNode(key, attributes.label === "Article" ? withoutText : attributes);
    });
    article.forEachEdge((key, attributes, source, target) => {
      if (graph.size < edges && graph.hasNode(source) && graph.hasNode(target) && !graph.hasEdge(key))
        graph.addDirectedEdgeWithKey(key, source, target, attributes);
    });
    if (graph.order >= nodes) break;
  }
  // Claims mention more entities than one article has: top up with mentions of the popular ones.
  const random = seededRandom(8);
  const claims = graph.filterNodes((_, a) => a.label === "Claim");
  const entities = graph
    .filterNodes((_, a) => a.label !== "Claim" && a.label !== "Article")
    .sort((a, b) => graph.degree(b) - graph.degree(a));
  const drawEntity = zipf(random, entities.length);
  while (graph.size < edges) {
    const claim = claims[Math.floor(random() * claims.length)] as string;
    const entity = entities[drawEntity()] as string;
    const key = `MENTIONS:${claim}->${entity}`;
    if (!graph.hasEdge(key)) graph.addDirectedEdgeWithKey(key, claim, entity, { type: "MENTIONS" });
  }
  return graph.export() as GraphJSON;
}

const TYPES: Record<string, string> = { ".html": "text/html", ".js": "text/javascript", ".json": "application/json" };

/** Serves a folder over HTTP on a free local port. */
async function serve(dir: string) {
  const server = createServer((req, res) => {
    const path = join(dir, new URL(req.url ?? "/", "http://x").pathname.replace(/\/$/, "/index.html"));
    if (!path.startsWith(dir)) return res.writeHead(403).end();
    try {
      const body = readFileSync(path);
      res.writeHead(200, { "content-type": TYPES[extname(path)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return { url: `http://127.0.0.1:${address.port}/`, close: () => server.close() };
}

/** Proportional set size (MB) of this process's descendants: the browser and its helpers. */
function browserPssMB(): number {
  const children = new Map<number, number[]>();
  for (const pid of readdirSync("/proc").filter((d) => /^\d+$/.test(d))) {
    try {
      const ppid = Number(readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(pid)]);
    } catch {} // the process ended while we looked
  }
  let kb = 0;
  const stack = [...(children.get(process.pid) ?? [])];
  while (stack.length) {
    const pid = stack.pop() as number;
    stack.push(...(children.get(pid) ?? []));
    try {
      kb += Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"))?.[1] ?? 0);
    } catch {}
  }
  return Math.round(kb / 1024);
}

interface Measured extends FirstFrame {
  /** Sigma renders per second while the mouse drags the stage. */
  fps: number;
  /** From releasing the mouse until the full view (edges, labels) is back on screen. */
  redrawMs: number;
  browserPeakPssMB: number;
}

interface BenchWindow {
  bench: { firstFrame(): Promise<FirstFrame>; renders(): number; drawn(): Promise<void> };
}

const VIEWPORT = { width: 1366, height: 768 };

/** Pans as a user does: the mouse held down and moved along a circle for `ms`, one move per event the page takes. */
async function drag(page: Page, ms: number): Promise<{ fps: number; redrawMs: number }> {
  const renders = () => page.evaluate(() => (window as unknown as BenchWindow).bench.renders());
  const [x, y] = [VIEWPORT.width / 2, VIEWPORT.height / 2];
  await page.mouse.move(x + 150, y);
  await page.mouse.down();
  const before = await renders();
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    const angle = ((now - start) / 1000) * Math.PI;
    await page.mouse.move(x + 150 * Math.cos(angle), y + 150 * Math.sin(angle));
    now = performance.now();
  }
  const fps = ((await renders()) - before) / ((performance.now() - start) / 1000);
  const released = performance.now();
  await page.mouse.up();
  await page.evaluate(() => (window as unknown as BenchWindow).bench.drawn());
  return { fps, redrawMs: performance.now() - released };
}

/** One visit in a fresh tab, as a user opens the explorer (navigating within one tab made sigma's WebGL set-up
 * wait seconds for the previous page's to be torn down). */
async function measurePage(browser: Browser, url: string, panMs: number): Promise<Measured> {
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, browserPssMB());
  }, 250);
  const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  page.on("pageerror", (error) => log(`page error: ${error.message}`));
  try {
    await page.goto(url);
    const first = await page.evaluate(() => (window as unknown as BenchWindow).bench.firstFrame());
    const panned = await drag(page, panMs);
    return { ...first, ...panned, browserPeakPssMB: Math.max(peak, browserPssMB()) };
  } finally {
    clearInterval(sampler);
    await page.close();
  }
}

export const measure: Part = async ({ quick }) => {
  const [nodes, edges, panMs] = quick ? [2000, 5000, 1000] : [20_000, 50_000, 5000];
  const out = join(tmpdir(), `diplograph-bench-web-${process.pid}`);
  await build({
    root: resolve(import.meta.dirname, "../web"),
    base: "./",
    logLevel: "warn",
    configFile: false,
    build: { outDir: out, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
  const json = viewGraph(nodes, edges);
  // What the API sends the app (server/app.ts): the wire format.
  const body = JSON.stringify(toWire(json));
  const wireMB = Buffer.byteLength(body) / 1e6;
  writeFileSync(join(out, "graph.json"), body);
  const server = await serve(out);
  const browser = await launchChromium();
  try {
    // A first visit pays the browser's own start-up (GPU process, shader compilation): not measured.
    await measurePage(browser, `${server.url}?graph=empty`, 200);
    const baseline = await measurePage(browser, `${server.url}?graph=empty`, panMs);
    log(`empty: first frame ${round(baseline.firstFrameMs)} ms, ${round(baseline.fps)} fps`);
    const baselinePeakRssMB = peakRssMB();
    const app = await measurePage(browser, server.url, panMs);
    log(`graph: first frame ${round(app.firstFrameMs)} ms, ${round(app.fps)} fps`);
    /** A figure of the graph page next to the same figure of the empty page. */
    const vsEmpty = (name: string, unit: string, key: "firstFrameMs" | "fps" | "redrawMs" | "browserPeakPssMB") => ({
      name,
      value: app[key],
      unit,
      baseline: { name: "empty graph", value: baseline[key], unit },
      ratio: app[key] / baseline[key],
      ratioOf: "of empty",
    });
    return {
      sizes: { nodes: app.nodes, edges: app.edges, "pan seconds": panMs / 1000, browser: browser.version() },
      baselinePeakRssMB,
      figures: [
        { ...vsEmpty("first frame", "ms", "firstFrameMs"), target: "<= 2000 ms", met: app.firstFrameMs <= 2000 },
        { ...vsEmpty("panning (mouse drag)", "fps", "fps"), target: ">= 30 fps", met: app.fps >= 30 },
        vsEmpty("redraw after panning", "ms", "redrawMs"),
        vsEmpty("browser peak memory (PSS)", "MB", "browserPeakPssMB"),
      ],
      notes: [
        `Viewport ${VIEWPORT.width}x${VIEWPORT.height} at device pixel ratio 1; each page in a fresh tab.`,
        `First frame of the graph (from navigation start until the GPU has drawn it): graph.json requested, then sigma created on an empty view graph in ${round(app.rendererMs)} ms, graph.json (wire format, ${round(wireMB, 1)} MB) received and parsed ${round(app.loadMs)} ms later, replaceWith with sigma detached ${round(app.modelMs)} ms, sigma indexing and drawing ${round(app.drawMs)} ms, next frame and GPU ${round(app.gpuMs)} ms.`,
        "Panning: the mouse held down on the stage and moved along a circle, as a user drags; sigma renders counted. On big graphs the app hides edges and labels while the camera moves (web/src/graph/renderer.ts); the redraw after release brings them back (sigma re-indexes the graph then).",
        "Headless Chromium with SwiftShader (software WebGL) on the CPU: a GPU would draw far faster; the ratio to the empty page is the figure to compare.",
      ],
    };
  } finally {
    await browser.close();
    server.close();
  }
};
