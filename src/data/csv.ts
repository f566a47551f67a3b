/**
 * The CSV download: one row per record, every field of the record in its own
 * column (so the CSV reads back into the same records), plus a few columns
 * worded for people (value_text, equivalent_text, date_text) or derived
 * (kind, date_start, date_end, quote_url). UTF-8 with BOM and CRLF so Excel opens
 * Chinese text correctly. Columns are documented on the data page and in README.md.
 */
import { csvFormatRow } from 'd3-dsv';
import { isEditorChecked } from '../lib/draft-mark.ts';
import type { Quantity } from '../lib/quantity.ts';
import { recordKind } from '../lib/record-kind.ts';
import { dateWords, equivalentWords, valueWords } from '../lib/record-words.ts';
import type { DataRecord } from '../schemas/record.ts';
import { dayRange } from './display.ts';

/** The columns of one quantity: amount, unit, qualifier, range (low|high) and vague words. */
const quantityColumns = <P extends string>(p: P) => [`${p}_amount`, `${p}_unit`, `${p}_qualifier`, `${p}_range`, `${p}_vague`] as const;

export const CSV_COLUMNS = [
  'id',
  'tags',
  'kind',
  'label',
  'investor',
  'recipient',
  'company',
  'value_text',
  ...quantityColumns('value'),
  'value_missing',
  'change_direction',
  ...quantityColumns('change_from'),
  ...quantityColumns('change_to'),
  ...quantityColumns('change_by'),
  'equivalent_text',
  ...quantityColumns('equivalent'),
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
  'drafted',
  'quote_url',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];
export type CsvRow = Record<CsvColumn, string>;

/** Separates list items in one cell: tags, the two ends of a range, vague words (数十万|几百万). */
export const LIST_SEPARATOR = '|';
const BOM = '\uFEFF';

const str = (v: string | number | boolean | null | undefined) => (v === undefined || v === null || v === false ? '' : String(v));
const list = (v: readonly (string | number)[] | undefined) => str(v?.join(LIST_SEPARATOR));

function quantityCells<P extends string>(p: P, q: Quantity | null | undefined): Record<string, string> {
  return {
    [`${p}_amount`]: str(q?.amount),
    [`${p}_unit`]: str(q?.unit),
    [`${p}_qualifier`]: str(q?.qualifier),
    [`${p}_range`]: list(q?.range),
    [`${p}_vague`]: list(q?.vague),
  };
}

/** The record as CSV cells (before spreadsheet escaping). */
export function csvRow(r: DataRecord, quoteUrl?: string): CsvRow {
  const range = dayRange(r.date);
  return {
    id: r.id,
    tags: list(r.tags),
    kind: recordKind(r),
    label: r.label,
    investor: str(r.entities.investor),
    recipient: str(r.entities.recipient),
    company: str(r.entities.company),
    value_text: valueWords(r),
    ...quantityCells('value', r.value),
    value_missing: str(r.value?.missing),
    change_direction: str(r.change?.direction),
    ...quantityCells('change_from', r.change?.from),
    ...quantityCells('change_to', r.change?.to),
    ...quantityCells('change_by', r.change?.by),
    equivalent_text: str(equivalentWords(r)),
    ...quantityCells('equivalent', r.equivalent),
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
    // The mark only while it still holds: an edited or confirmed record is checked.
    drafted: isEditorChecked(r) ? '' : str(r.drafted),
    quote_url: str(quoteUrl),
  } as CsvRow;
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
