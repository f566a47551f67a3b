import { describe, expect, it } from 'vitest';
import { csvFormatRow, csvParseRows } from 'd3-dsv';
import { hantCsv } from '../../../src/edition/csv.ts';
import { hantConverter } from '../../../src/edition/hant.ts';
import { CSV_COLUMNS, type CsvRow } from '../../../src/data/csv.ts';

const convert = hantConverter();
const moved = (url: string) => url.replace('https://example.org/', 'https://example.org/zh-hant/');
const quote = '微软在2023年1月宣布裁员1万人，以专注于人工智能等重点战略方向';
const row: Partial<CsvRow> = {
  id: 'msft-layoffs-2023',
  kind: 'count',
  label: '微软2023年裁员',
  company: '微软',
  value_text: '约1万人',
  value_amount: '10000',
  value_unit: 'people',
  value_qualifier: '约',
  date_text: '2023年1月',
  date_value: '2023-01',
  date_precision: 'month',
  date_start: '2023-01-01',
  date_end: '2023-01-31',
  source_name: '微软',
  quote,
  quote_url: 'https://example.org/a/#src-msft-layoffs-2023',
};
// As src/data/csv.ts writes it: BOM, header, CRLF.
const csv = `\uFEFF${[[...CSV_COLUMNS], CSV_COLUMNS.map((c) => row[c] ?? '')].map((r) => csvFormatRow(r)).join('\r\n')}\r\n`;
const rows = (text: string) => csvParseRows(text.replace(/^\uFEFF/, ''));
const column = (text: string, name: keyof CsvRow) => rows(text)[1][CSV_COLUMNS.indexOf(name)];

describe('hantCsv', () => {
  const out = hantCsv(csv, convert, moved);

  it('converts the words: label, names, the figure as worded, the quote', () => {
    expect(column(out, 'label')).toBe('微軟2023年裁員');
    expect(column(out, 'company')).toBe('微軟');
    expect(column(out, 'value_text')).toBe('約1萬人');
    expect(column(out, 'quote')).toBe(convert(quote));
    expect(column(out, 'quote')).not.toBe(quote);
  });

  it('keeps the figures, units, ids and dates exactly, and the columns in place', () => {
    expect(rows(out)[0]).toEqual(rows(csv)[0]);
    for (const name of ['id', 'value_amount', 'value_unit', 'date_value', 'date_precision', 'date_start', 'date_end', 'kind'] as const)
      expect(column(out, name), name).toBe(column(csv, name));
    expect(column(out, 'value_amount')).toBe('10000');
  });

  it('leads each row to its 繁體 sentence', () => {
    expect(column(out, 'quote_url')).toBe('https://example.org/zh-hant/a/#src-msft-layoffs-2023');
  });

  it('opens in a spreadsheet like the original: BOM, CRLF, same quoting; unchanged when nothing is converted', () => {
    expect(out.startsWith('\uFEFF')).toBe(true);
    expect(out.endsWith('\r\n')).toBe(true);
    expect(out.split('\r\n')).toHaveLength(csv.split('\r\n').length);
    expect(
      hantCsv(
        csv,
        (s) => s,
        (u) => u,
      ),
    ).toBe(csv);
  });

  it('keeps a formula guard in front of a converted cell', () => {
    const guarded = `\uFEFFid,label\r\nx,"'=数据"\r\n`;
    expect(hantCsv(guarded, convert, moved)).toBe(`\uFEFFid,label\r\nx,'=數據\r\n`);
  });
});
