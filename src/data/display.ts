/**
 * What the data table needs beyond wording: a record's date as an interval and
 * the keys the table sorts by. Wording itself is src/lib/record-words.ts.
 */
import { interval, type PartialDate } from '../lib/dates.ts';
import { UNIT_IDS, family, toBase, unit } from '../lib/units.ts';
import type { RecordDate } from '../schemas/date.ts';
import type { DataRecord } from '../schemas/record.ts';

/** The date as a partial date, or undefined when the report gives none. */
export function partialDate(date: RecordDate): PartialDate | undefined {
  return date.value !== undefined && date.precision !== undefined ? { value: date.value, precision: date.precision, part: date.part } : undefined;
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** First and last day the date may fall on (YYYY-MM-DD, both inclusive). */
export function dayRange(date: RecordDate): [string, string] | undefined {
  const d = partialDate(date);
  if (!d) return undefined;
  const [start, end] = interval(d);
  return [day(start), day(new Date(end.getTime() - 1))];
}

/** A number per unit family (figures sort within it): its first unit's place in the registry; prices after. */
export function familyOrder(id: string): number {
  const f = family(id);
  const u = unit(id);
  const first = (fam: string) => UNIT_IDS.findIndex((x) => family(x) === fam);
  if (!u.per) return first(f);
  return UNIT_IDS.length * (1 + UNIT_IDS.indexOf(u.per.currency)) + first(unit(u.per.unit).dimension);
}

export interface SortKeys {
  /** Unit family order: figures sort within their family. */
  unit?: number;
  /** Exact amount in the family's base unit; absent for ranges, vague, missing, changes and events (they sort last). */
  amount?: number;
  /** Start and end of the date interval in ms since the epoch; absent when the date is missing. */
  start?: number;
  end?: number;
}

export function sortKeys(r: DataRecord): SortKeys {
  const keys: SortKeys = {};
  if (r.value && r.value.amount !== null) {
    keys.unit = familyOrder(r.value.unit);
    keys.amount = toBase(r.value.amount, r.value.unit);
  }
  const d = partialDate(r.date);
  if (d) [keys.start, keys.end] = interval(d).map((x) => x.getTime());
  return keys;
}
