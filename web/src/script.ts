// Traditional / Simplified display. Converters are loaded on first use (the Traditional dictionary is ~1 MB).
// Conversion is for display only: ids, search and offsets stay on the stored text.
import type { Script } from "./state.ts";

export type Show = (text: string) => string;

const identity: Show = (text) => text;

export async function converterFor(script: Script): Promise<Show> {
  if (script === "hans") {
    const { Converter } = await import("opencc-js/t2cn");
    return Converter({ from: "hk", to: "cn" });
  }
  if (script === "hant") {
    const { Converter } = await import("opencc-js/cn2t");
    // Taiwan's standard characters (峰會, 裡面): opencc's Hong Kong and generic variants write 峯會 and 裏面,
    // which Taiwanese and most Hong Kong news do not use. Words stay (no twp: 發布 is not made 釋出).
    return Converter({ from: "cn", to: "tw" });
  }
  return identity;
}
