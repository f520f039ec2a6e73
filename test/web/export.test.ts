// What an export holds (the view, or a selection with what surrounds it) and the view's looks in GEXF's viz namespace.

import { XMLParser } from "fast-xml-parser";
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { toGexf } from "../../graph/export/gexf.ts";
import { exportIds, viewLooks } from "../../web/src/core/export.ts";
import { createViewGraph, type ViewGraph } from "../../web/src/graph/model.ts";
import { viewEdge, viewNode } from "../../web/src/graph/style.ts";

/** a - b - c - d in a row, e alone, f hidden next to b; a relation b -> c. */
function view(): ViewGraph {
  const graph = createViewGraph();
  const ids = ["a", "b", "c", "d", "e", "f"].map((name) => `Country:${name.toUpperCase()}`);
  for (const [i, id] of ids.entries())
    graph.addNode(
      id,
      viewNode(id, id.slice(-1), { x: i * 10, y: -i }, (text) => text),
    );
  const [a, b, c, d, , f] = ids as [string, string, string, string, string, string];
  graph.setNodeAttribute(f, "hidden", true);
  graph.addDirectedEdgeWithKey("MENTIONS:a->b", a, b, viewEdge("MENTIONS"));
  graph.addDirectedEdgeWithKey("AGREE:b->c@x:1", b, c, viewEdge("AGREE", { polarity: "cooperation" }));
  graph.addDirectedEdgeWithKey("MENTIONS:c->d", c, d, viewEdge("MENTIONS"));
  graph.addDirectedEdgeWithKey("MENTIONS:f->b", f, b, viewEdge("MENTIONS"));
  return graph;
}

describe("exportIds", () => {
  it("exports every node shown for the view, none hidden", () => {
    expect(exportIds(view(), "view", []).sort()).toEqual([
      "Country:A",
      "Country:B",
      "Country:C",
      "Country:D",
      "Country:E",
    ]);
  });

  it("exports a selection with its shown neighbours, so the edges around it come along", () => {
    expect(exportIds(view(), "selection", ["Country:B"]).sort()).toEqual(["Country:A", "Country:B", "Country:C"]);
    expect(exportIds(view(), "selection", ["Country:B", "Country:D"]).sort()).toEqual([
      "Country:A",
      "Country:B",
      "Country:C",
      "Country:D",
    ]);
    expect(exportIds(view(), "selection", ["Country:E"])).toEqual(["Country:E"]);
    expect(exportIds(view(), "selection", ["Country:F", "Country:Z"])).toEqual([]);
  });
});

describe("GEXF with the view's looks", () => {
  it("writes positions, sizes and colours of nodes and edges in the viz namespace", () => {
    const shown = view();
    shown.setNodeAttribute("Country:B", "color", "#123456");
    const stored = new Graph({ type: "directed", multi: true });
    stored.addNode("Country:B", { label: "Country", name: "B" });
    stored.addNode("Country:C", { label: "Country", name: "C" });
    stored.addNode("Country:X", { label: "Country", name: "X" });
    stored.addDirectedEdgeWithKey("AGREE:b->c@x:1", "Country:B", "Country:C", { type: "AGREE" });
    const xml = toGexf(stored, viewLooks(shown));
    const gexf = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "" }).parse(xml).gexf;
    expect(gexf["xmlns:viz"]).toBe("http://gexf.net/1.3/viz");
    const node = (id: string) => gexf.graph.nodes.node.find((n: { id: string }) => n.id === id);
    const b = node("Country:B");
    expect(b["viz:position"]).toEqual({ x: "10", y: "-1" });
    expect(b["viz:size"]).toEqual({ value: String(shown.getNodeAttribute("Country:B", "size")) });
    expect(b["viz:color"]).toEqual({ hex: "#123456" });
    // A stored node the view does not show has no look.
    expect(node("Country:X")["viz:position"]).toBeUndefined();
    const edge = gexf.graph.edges.edge;
    expect(edge["viz:color"]).toEqual({ hex: shown.getEdgeAttribute("AGREE:b->c@x:1", "color") });
    expect(edge["viz:thickness"]).toEqual({ value: "2" });
  });

  it("writes no viz element without looks (the CLI's export)", () => {
    const stored = new Graph({ type: "directed", multi: true });
    stored.addNode("Country:B", { label: "Country", name: "B" });
    expect(toGexf(stored)).not.toContain("viz:");
  });
});
