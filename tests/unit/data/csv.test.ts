import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvParse } from 'd3-dsv';
import { CSV_COLUMNS, csvRow, spreadsheetSafe, toCsv } from '../../../src/data/csv.ts';
import { datasetSchemaFor } from '../../../src/schemas/dataset.ts';
import type { DataRecord } from '../../../src/schemas/record.ts';
import { t } from '../../../src/i18n/strings.ts';
import { UNIT_IDS } from '../../../src/lib/units.ts';
import { parseDataCsv } from '../../support/csv-records.ts';
import { draftHash } from '../../../src/lib/draft-mark.ts';

const report = readFileSync('content/reports/ai-talent-war-2024-04.txt', 'utf8');
const dataset = datasetSchemaFor(report).parse(JSON.parse(readFileSync('content/data/ai-talent-war-2024-04.json', 'utf8')));
const byId = (id: string) => dataset.records.find((r) => r.id === id)!;

describe('the data CSV', () => {
  const csv = toCsv(dataset.records, (id) => `https://example.org/a/#src-${id}`);

  it('starts with a BOM, ends lines with CRLF and has one row per record in dataset order', () => {
    expect(csv.startsWith('\uFEFFid,tags,kind,label,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false);
    const rows = csvParse(csv.slice(1));
    expect(rows.columns).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.id)).toEqual(dataset.records.map((r) => r.id));
  });

  it('reads back into the same records, field for field', () => {
    const { records } = parseDataCsv(csv);
    expect(records).toEqual(dataset.records);
  });

  it('words figures as the report does and never writes 0 for a missing one', () => {
    const row = (id: string) => csvRow(byId(id));
    expect(row('amazon-layoffs')).toMatchObject({ value_text: '超2.7万名', value_amount: '27000', value_qualifier: '超' });
    expect(row('ml-ai-engineer-median-pay')).toMatchObject({
      value_text: '接近40万美元',
      equivalent_text: '约合人民币290万元',
      equivalent_amount: '2900000',
      equivalent_unit: 'CNY',
      equivalent_qualifier: '约合',
    });
    expect(row('deepmind-stock-grants')).toMatchObject({ value_text: '数十万到几百万美元', value_amount: '', value_vague: '数十万|几百万' });
    const missing = row('google-layoffs-2024');
    expect(missing).toMatchObject({ value_text: '未披露', value_amount: '', value_missing: '报道只说裁员将持续一整年,未给出人数' });
    expect(row('ftc-inquiry')).toMatchObject({ value_text: '', value_amount: '', value_unit: '' });
    for (const r of dataset.records) expect(csvRow(r).value_amount, r.id).not.toBe('0');
  });

  it('gives each date at its precision with the days it may fall on', () => {
    expect(csvRow(byId('msft-japan-cloud-ai'))).toMatchObject({ date_text: '2024年4月10日', date_start: '2024-04-10', date_end: '2024-04-10' });
    expect(csvRow(byId('google-essential-ai'))).toMatchObject({ date_text: '2023年第四季度', date_start: '2023-10-01', date_end: '2023-12-31' });
    expect(csvRow(byId('msft-mistral'))).toMatchObject({
      date_text: '2024年2月末',
      date_part: 'late',
      date_start: '2024-02-20',
      date_end: '2024-02-29',
    });
    expect(csvRow(byId('msft-openai-cumulative'))).toMatchObject({ date_as_of: 'true', date_precision: 'month' });
    expect(csvRow(byId('amazon-layoffs'))).toMatchObject({ date_text: '', date_start: '', date_missing: '累计数字,报道未给出起止时间' });
  });

  it('keeps spreadsheets from running text as a formula, and still reads back', () => {
    expect(spreadsheetSafe('=HYPERLINK("x")')).toBe(`'=HYPERLINK("x")`);
    expect(spreadsheetSafe('-5')).toBe(`'-5`);
    expect(spreadsheetSafe("'quoted")).toBe("''quoted");
    expect(spreadsheetSafe('微软')).toBe('微软');
    const hostile: DataRecord = { ...byId('msft-layoffs-2023'), label: '=1+1', detail: '@cmd', quote: "'+x" };
    const csvText = toCsv([hostile]);
    expect(csvText).toContain(`'=1+1`);
    expect(parseDataCsv(csvText).records).toEqual([hostile]);
  });

  it('keeps a line break inside a cell without turning it into CRLF', () => {
    const r: DataRecord = { ...byId('msft-layoffs-2023'), detail: '第一行\n第二行' };
    expect(parseDataCsv(toCsv([r])).records).toEqual([r]);
  });

  it('documents every column for readers (strings) and developers (README)', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const col of CSV_COLUMNS) {
      expect(t.data.csvColumns[col], col).toBeTruthy();
      expect(readme, `README documents ${col}`).toContain(`\`${col}\``);
    }
    expect(Object.keys(t.data.csvColumns)).toEqual([...CSV_COLUMNS]);
    for (const unit of UNIT_IDS) expect(t.data.csvColumns.value_unit).toContain(unit);
  });
});

describe('the drafted column', () => {
  const drafted = (r: DataRecord): DataRecord => ({ ...r, drafted: draftHash(r) });

  it('keeps the draft tool’s mark while the record is as the tool wrote it', () => {
    const r = drafted(byId('amazon-layoffs'));
    expect(csvRow(r).drafted).toBe(r.drafted);
  });

  it('is empty once an editor has edited the record (the mark no longer matches) or removed the mark', () => {
    const r = drafted(byId('amazon-layoffs'));
    expect(csvRow({ ...r, label: `${r.label}（已核）` }).drafted).toBe('');
    expect(csvRow(byId('amazon-layoffs')).drafted).toBe('');
  });
});
