import type { PloverType, Polarity, QuadClass } from "../graph/schema.ts";
import type { Mention } from "./mentions.ts";

export interface RelationSpan {
  source: string;
  target: string;
  type: PloverType;
  polarity: Polarity;
  quad: QuadClass;
  start: number;
  end: number;
}

export function findRelations(_s: string, _mentions: Mention[]): RelationSpan[] {
  return [];
}
