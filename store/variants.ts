// Search terms in both scripts: a Traditional query must find a Simplified alias and vice versa.
import * as OpenCC from "opencc-js";

const CONVERTERS = [
  OpenCC.Converter({ from: "hk", to: "cn" }),
  OpenCC.Converter({ from: "tw", to: "cn" }),
  OpenCC.Converter({ from: "cn", to: "hk" }),
  OpenCC.Converter({ from: "cn", to: "tw" }),
];

/** Longest query searched; longer ones are cut, since no name is that long. */
const MAX_QUERY = 100;

/** The lower-cased query and its Simplified and Traditional forms, without repeats. */
export function searchVariants(query: string): string[] {
  const q = query.trim().slice(0, MAX_QUERY).toLowerCase();
  if (!q) return [];
  return [...new Set([q, ...CONVERTERS.map((convert) => convert(q))])];
}
