// Expansion by relationship types, page by page: the types a node offers, the request of each page, when it ends.
import { describe, expect, it } from "vitest";
import { afterPage, nextPage, startExpansion, typeGroups } from "../../web/src/core/expansion.ts";

describe("expansion of a node", () => {
  it("offers the statement types that touch the node's label, and relations by quad class for countries", () => {
    expect(typeGroups("Person").map((g) => g.key)).toEqual(["SAID", "MENTIONS", "REPRESENTS"]);
    expect(typeGroups("Claim").map((g) => g.key)).toEqual(["SAID", "MENTIONS", "IN_ARTICLE"]);
    const country = typeGroups("Country");
    expect(country.map((g) => g.key)).toEqual([
      "SAID",
      "MENTIONS",
      "REPRESENTS",
      "verbal-cooperation",
      "material-cooperation",
      "verbal-conflict",
      "material-conflict",
    ]);
    expect(country.flatMap((g) => g.types)).toHaveLength(3 + 16);
    expect(country.find((g) => g.key === "verbal-conflict")?.types).toEqual([
      "REQUEST",
      "ACCUSE",
      "REJECT",
      "THREATEN",
    ]);
    // The map draws relations already.
    expect(typeGroups("Country", false).map((g) => g.key)).toEqual(["SAID", "MENTIONS", "REPRESENTS"]);
  });

  it("asks for a page of new nodes, excluding those earlier pages brought", () => {
    let expansion = startExpansion("Country:CHN", { types: ["MENTIONS"], depth: 1, cap: 2 });
    expect(nextPage(expansion)).toEqual({ ids: ["Country:CHN"], depth: 1, limit: 3, types: ["MENTIONS"] });
    const first = afterPage(expansion, ["Country:CHN", "Claim:a", "Claim:b"]);
    expect(first.added).toEqual(["Claim:a", "Claim:b"]);
    expect(first.more).toBe(true);
    expansion = first;
    expect(nextPage(expansion).exclude).toEqual(["Claim:a", "Claim:b"]);
    const last = afterPage(expansion, ["Country:CHN", "Claim:c"]);
    expect(last.shown).toEqual(["Claim:a", "Claim:b", "Claim:c"]);
    expect(last.more).toBe(false);
  });

  it("ends a relation or two-hop expansion only on an empty page (those pages can fall short)", () => {
    const relations = startExpansion("Country:CHN", { types: ["ACCUSE", "THREATEN"], depth: 1, cap: 10 });
    expect(afterPage(relations, ["Country:CHN", "Country:USA"]).more).toBe(true);
    expect(afterPage(relations, ["Country:CHN"]).more).toBe(false);
    const twoHops = startExpansion("Person:普京", { types: ["SAID", "MENTIONS"], depth: 2, cap: 10 });
    const page = afterPage(twoHops, ["Person:普京", "Claim:a", "Country:RUS"]);
    expect(page.more).toBe(true);
    expect(afterPage(page, ["Person:普京", "Claim:a"]).more).toBe(false);
  });
});
