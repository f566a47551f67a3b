/**
 * A record worded the way the report words it (约40亿美元, 数十万到几百万美元,
 * 2023年初) and the keys the data table sorts by. Shared by the data page and
 * the CSV so both say the same thing.
 */
import { UNITS, findFigures, sameAmount } from '../lib/cn-number.ts';
import { UNIT_SUFFIX, formatFigure } from '../lib/format.ts';
import { dateLabel, interval, type PartialDate } from '../lib/dates.ts';
import type { RecordDate } from '../schemas/date.ts';
import type { DataRecord } from '../schemas/record.ts';
import type { Value } from '../schemas/value.ts';

/**
 * The figure with its qualifier and unit; undefined when the report gives none (missing).
 * With the record's quote, the words are the quote's own (两周之内, 超2.7万名, 近4亿美金):
 * validation has already proved they hold this value.
 */
export function valueWords(value: Value, quote?: string): string | undefined {
  if (value.amount !== null) {
    const amount = value.amount;
    const inQuote = quote
      ? findFigures(quote).find((f) => f.unit === value.unit && f.amount !== undefined && sameAmount(f.amount, amount) && f.qualifier === value.qualifier)
      : undefined;
    return inQuote?.text ?? formatFigure(amount, value.unit, value.qualifier);
  }
  if (value.vague) return value.vague.join('到') + UNIT_SUFFIX[value.unit];
  return undefined;
}

/** 约合人民币290万元 */
export const cnyWords = (cny: NonNullable<DataRecord['cny']>) => formatFigure(cny.amount, 'CNY', cny.qualifier);

/** The date as a partial date, or undefined when the report gives none. */
export function partialDate(date: RecordDate): PartialDate | undefined {
  return date.value !== undefined && date.precision !== undefined ? { value: date.value, precision: date.precision, part: date.part } : undefined;
}

/** 2024年4月10日, 2023年第四季度, 2023年初 */
export function dateWords(date: RecordDate): string | undefined {
  const d = partialDate(date);
  return d && dateLabel(d);
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** First and last day the date may fall on (YYYY-MM-DD, both inclusive). */
export function dayRange(date: RecordDate): [string, string] | undefined {
  const d = partialDate(date);
  if (!d) return undefined;
  const [start, end] = interval(d);
  return [day(start), day(new Date(end.getTime() - 1))];
}

export interface SortKeys {
  /** Position of the unit in UNITS: figures sort within their unit. */
  unit?: number;
  /** Exact amount in the unit; absent for vague, missing and event records (they sort last). */
  amount?: number;
  /** Start and end of the date interval in ms since the epoch; absent when the date is missing. */
  start?: number;
  end?: number;
}

export function sortKeys(r: DataRecord): SortKeys {
  const keys: SortKeys = {};
  if (r.value && r.value.amount !== null) {
    keys.unit = UNITS.indexOf(r.value.unit);
    keys.amount = r.value.amount;
  }
  const d = partialDate(r.date);
  if (d) [keys.start, keys.end] = interval(d).map((x) => x.getTime());
  return keys;
}
