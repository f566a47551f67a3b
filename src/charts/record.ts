/**
 * The record model the chart forms read: a `value` Quantity in a unit of the
 * registry (src/lib/units.ts), or a `change`, an `equivalent`, topic tags.
 * Structural types, so the dataset schema's records fit them. Units, kinds and
 * quantities have their one home in src/lib; this module only names the shape.
 */
import type { DateFields } from '../lib/record-words.ts';
import type { RecordShape } from '../lib/record-shape.ts';

export type { Change, Quantity } from '../lib/quantity.ts';
export type { Dimension } from '../lib/units.ts';
export { unit as unitInfo } from '../lib/units.ts';
export { recordKind, type RecordKind } from '../lib/record-kind.ts';

export type RecordDate = DateFields;

/** A record as the forms read it: the shared shape, with its tags, the total it is part of and a detail line. */
export interface ChartRecord extends RecordShape {
  tags?: string[];
  partOf?: string;
  detail?: string;
}

/** The entity a record is about, for its colour: who invests, else the company. */
export const entityOf = (r: ChartRecord): string | undefined => r.entities.investor ?? r.entities.company;
