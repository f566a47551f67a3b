/**
 * A CSV download of the Simplified edition -> the 繁體 edition's: every cell of
 * words (label, names, the figure and date as worded, source, quote) converted;
 * figures, units, ids, codes and dates are not words and stay as they are; the
 * link to each sentence (quote_url) leads to its 繁體 sentence. BOM, CRLF and
 * quoting are kept, so a spreadsheet opens it like the original (which the 繁體
 * data page still offers beside it).
 */
import { csvFormatRow, csvParseRows } from 'd3-dsv';

const BOM = '\uFEFF';
const HAN = /\p{Script=Han}/u;
/** Columns a program matches on: kept byte for byte even if they held a Chinese character. */
const KEEP = new Set(['id', 'tags', 'part_of', 'drafted']);
const URL_COLUMN = 'quote_url';

export function hantCsv(csv: string, convert: (s: string) => string, link: (url: string) => string): string {
  const [header, ...rows] = csvParseRows(csv.replace(/^\uFEFF/, ''));
  if (!header) return csv;
  const cell = (value: string, i: number) => {
    const column = header[i];
    if (column === URL_COLUMN) return value && link(value);
    return KEEP.has(column) || !HAN.test(value) ? value : convert(value);
  };
  const out = [header, ...rows.map((row) => row.map(cell))].map((row) => csvFormatRow(row)).join('\r\n') + '\r\n';
  return csv.startsWith(BOM) ? BOM + out : out;
}
