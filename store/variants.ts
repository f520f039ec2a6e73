// Search terms in both scripts: a Traditional query must find a Simplified alias and vice versa.
// opencc-js and its dictionaries load on the first search, not with the store: loading them takes
// most of a second of a server's start.
type Convert = (text: string) => string;
let converters: Promise<Convert[]> | undefined;

const loadConverters = async (): Promise<Convert[]> => {
  const OpenCC = await import("opencc-js");
  return [
    OpenCC.Converter({ from: "hk", to: "cn" }),
    OpenCC.Converter({ from: "tw", to: "cn" }),
    OpenCC.Converter({ from: "cn", to: "hk" }),
    OpenCC.Converter({ from: "cn", to: "tw" }),
  ];
};

/** Longest query searched; longer ones are cut, since no name is that long. */
const MAX_QUERY = 100;

/** The lower-cased query and its Simplified and Traditional forms, without repeats. */
export async function searchVariants(query: string): Promise<string[]> {
  const q = query.trim().slice(0, MAX_QUERY).toLowerCase();
  if (!q) return [];
  converters ??= loadConverters();
  return [...new Set([q, ...(await converters).map((convert) => convert(q))])];
}

/** The Simplified form of a text: a title written in both scripts (美國總統, 美国总统) is one title. */
export async function simplifiedForm(text: string): Promise<string> {
  converters ??= loadConverters();
  const [hkToCn] = await converters;
  return hkToCn ? hkToCn(text) : text;
}
