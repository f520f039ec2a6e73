// One occurrence of an entity in the analysed text: what the mention finders (mentions.ts,
// organizations.ts, english/entities.ts) produce and the later stages read.
import type { EntityLabel, OrgKind } from "../graph/schema.ts";

export interface Mention {
  label: EntityLabel;
  /** iso3 for a country, the Simplified canonical name otherwise. */
  key: string;
  start: number;
  end: number;
  /** "name": a name proper; "short": 中 of 中美, 美方; "capital": 北京 standing for China. */
  form: "name" | "short" | "capital";
  kind?: OrgKind;
  /** The state an organization or person belongs to, when the lexicon knows it. */
  country?: string;
  /** People: the span of the title seen with the name (外交部发言人), if any. */
  role?: { start: number; end: number };
  /** People from the lexicon: their usual role, used when the text shows none. */
  knownRole?: string;
  /** Organizations named by a head noun (美國商會), which a longer such name may take in. */
  byHead?: true;
}
