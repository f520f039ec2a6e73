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
    return Converter({ from: "cn", to: "hk" });
  }
  return identity;
}
