/**
 * The record model the chart forms read: a `value` Quantity in a unit of the
 * registry (src/lib/units.ts), or a `change`, an `equivalent`, topic tags.
 * Structural types, so the dataset schema's records fit them. Units, kinds and
 * quantities have their one home in src/lib; this module only names the shape.
 */
import type { Change, Quantity } from '../lib/quantity.ts';
import type { DateFields } from '../lib/record-words.ts';

export type { Change, Quantity } from '../lib/quantity.ts';
export type { Dimension } from '../lib/units.ts';
export { unit as unitInfo } from '../lib/units.ts';
export { recordKind, type RecordKind } from '../lib/record-kind.ts';

export type RecordDate = DateFields;

export interface ChartRecord {
  id: string;
  label: string;
  tags?: string[];
  entities: { investor?: string; recipient?: string; company?: string };
  value: Quantity | null;
  change?: Change;
  equivalent?: Quantity;
  date: RecordDate;
  period?: string;
  partOf?: string;
  source?: { name?: string; detail?: string; hedge?: string };
  quote: string;
  detail?: string;
}

/** The entity a record is about, for its colour: who invests, else the company. */
export const entityOf = (r: ChartRecord): string | undefined => r.entities.investor ?? r.entities.company;
