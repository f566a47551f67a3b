/**
 * The shapes of a figure, shared by the parser, the schemas and the wording:
 * a quantity (amount, range, vague or missing, in a registry unit) and a change
 * from one quantity to another. The zod schemas in src/schemas/value.ts check them.
 */
import type { QualifierWord } from './qualifiers.ts';

/** A vague numeral as the report writes it: 数百, 数十万, 几百万, 上千. */
export const VAGUE_WORD = /^(?:数|几|上)(?:[十百千](?:万亿|亿|万)?|万亿|亿|万)$/;

/** A quantity: exactly one of amount (number), range, vague, missing. */
export interface Quantity {
  /** A unit id of the registry (src/lib/units.ts). */
  unit: string;
  /** In the unit as written; null when range / vague / missing. */
  amount: number | null;
  /** The report's own word: 约 近 超过 以上 之内 … */
  qualifier?: QualifierWord;
  /** 6到9个月 → [6, 9]. */
  range?: [number, number];
  /** 数百 | 数十万, 几百万. */
  vague?: [string] | [string, string];
  /** Why the report gives no figure (shown as 未披露 with the reason; never 0). */
  missing?: string;
}

export type Direction = 'up' | 'down';

/** A change from one value to another: at least one of from / to / by. */
export interface Change {
  direction: Direction;
  from?: Quantity;
  to?: Quantity;
  by?: Quantity;
}
