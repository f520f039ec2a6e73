// Extraction output is what the snapshot says, article by article: a change of output is made on
// purpose, with its digests rewritten in the same commit (see ./snapshot.ts).
import { describe, expect, it } from "vitest";
import { digest, inputs, stored } from "./snapshot.ts";

const snapshot = stored();
const all = inputs();

describe("extraction output snapshot", () => {
  it("covers every article of the required folders and their bench variants", () => {
    const missing = all.filter((i) => i.required && !snapshot[i.key]).map((i) => i.key);
    expect(missing).toEqual([]);
    expect(all.filter((i) => i.required).length).toBeGreaterThanOrEqual(20);
  });

  const unlisted = all.filter((i) => !i.required && !snapshot[i.key]);
  if (unlisted.length)
    console.warn(
      `extract snapshot: ${unlisted.length} article(s) not in the snapshot, not compared: ${unlisted.map((i) => i.key).join(", ")}`,
    );

  it.each(all.filter((i) => snapshot[i.key]).map((i) => [i.key, i] as const))("%s", (_, input) => {
    const want = snapshot[input.key];
    const got = digest(input);
    // an edited article is no change of the extractor: only a required one must stay as stored
    if (!input.required && want?.input !== got.input) return;
    expect(got).toEqual(want);
  });
});
