/**
 * The CSV download: one row per record, every field of the record in its own
 * column (so the CSV reads back into the same records), plus a few columns
 * worded for people (value_text, date_text) or derived for spreadsheets
 * (date_start, date_end, quote_url). UTF-8 with BOM and CRLF so Excel opens
 * Chinese text correctly. Columns are documented on the data page and in README.md.
 */
import { csvFormatRow } from 'd3-dsv';
import type { DataRecord } from '../schemas/record.ts';
import { dateWords, dayRange, valueWords } from './display.ts';

export const CSV_COLUMNS = [
  'id',
  'kind',
  'label',
  'investor',
  'recipient',
  'company',
  'value_text',
  'value_amount',
  'value_unit',
  'value_qualifier',
  'value_vague',
  'value_missing',
  'cny_amount',
  'cny_qualifier',
  'date_text',
  'date_value',
  'date_precision',
  'date_part',
  'date_as_of',
  'date_relative',
  'date_relative_anchor',
  'date_missing',
  'date_start',
  'date_end',
  'period',
  'part_of',
  'source_name',
  'source_detail',
  'source_hedge',
  'quote',
  'detail',
  'quote_url',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string>;

/** Separates the words of a vague range (数十万|几百万). */
export const VAGUE_SEPARATOR = '|';
const BOM = '\uFEFF';

const str = (v: string | number | boolean | null | undefined) => (v === undefined || v === null || v === false ? '' : String(v));

/** The record as CSV cells (before spreadsheet escaping). */
export function csvRow(r: DataRecord, quoteUrl?: string): CsvRow {
  const v = r.value;
  const range = dayRange(r.date);
  return {
    id: r.id,
    kind: r.kind,
    label: r.label,
    investor: str(r.entities.investor),
    recipient: str(r.entities.recipient),
    company: str(r.entities.company),
    value_text: v ? (valueWords(v, r.quote) ?? '未披露') : '',
    value_amount: str(v?.amount),
    value_unit: str(v?.unit),
    value_qualifier: str(v?.qualifier),
    value_vague: str(v?.vague?.join(VAGUE_SEPARATOR)),
    value_missing: str(v?.missing),
    cny_amount: str(r.cny?.amount),
    cny_qualifier: str(r.cny?.qualifier),
    date_text: str(dateWords(r.date)),
    date_value: str(r.date.value),
    date_precision: str(r.date.precision),
    date_part: str(r.date.part),
    date_as_of: r.date.asOf === undefined ? '' : String(r.date.asOf),
    date_relative: str(r.date.relative?.text),
    date_relative_anchor: str(r.date.relative?.anchor),
    date_missing: str(r.date.missing),
    date_start: str(range?.[0]),
    date_end: str(range?.[1]),
    period: str(r.period),
    part_of: str(r.partOf),
    source_name: str(r.source?.name),
    source_detail: str(r.source?.detail),
    source_hedge: str(r.source?.hedge),
    quote: r.quote,
    detail: str(r.detail),
    quote_url: str(quoteUrl),
  };
}

/**
 * Spreadsheets run a cell that starts with = + - @ as a formula: such text gets
 * a leading apostrophe (and so does text that already starts with one, so
 * reading back is simply "drop one leading apostrophe").
 */
export function spreadsheetSafe(cell: string): string {
  return /^[=+\-@\t\r']/.test(cell) ? `'${cell}` : cell;
}

/** The whole CSV file: BOM, header, one row per record in the given order, CRLF line ends. */
export function toCsv(records: DataRecord[], quoteUrl: (id: string) => string | undefined = () => undefined): string {
  const rows = records.map((r) => {
    const row = csvRow(r, quoteUrl(r.id));
    return CSV_COLUMNS.map((c) => spreadsheetSafe(row[c]));
  });
  // Row by row, so a line break inside a quoted cell stays as it is.
  return BOM + [[...CSV_COLUMNS], ...rows].map((row) => csvFormatRow(row)).join('\r\n') + '\r\n';
}
