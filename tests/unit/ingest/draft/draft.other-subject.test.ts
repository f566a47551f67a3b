/**
 * The draft on a report of a subject the seed never had (energy storage):
 * capacities in 吉瓦时 and 兆瓦时, a price per unit, 成 shares, growth rates,
 * percentage points, 人民币 amounts and a month range. Every figure the report
 * gives is drafted as a number in the right unit, and the draft validates
 * against the dataset schema as it stands.
 */
import { describe, expect, it } from 'vitest';
import { draftReport } from '../../../../src/ingest/draft/draft.ts';
import { datasetSchemaFor } from '../../../../src/schemas/dataset.ts';
import { checkProvenance } from '../../../../src/schemas/provenance.ts';
import type { Quantity } from '../../../../src/lib/quantity.ts';

const text = [
  '储能电池价格战调查',
  '据行业协会统计，2023年全国储能电池出货量达到206吉瓦时，同比增长超过一倍。',
  '业内人士估算，头部五家企业合计占据七成以上的市场份额。',
  '今年以来，储能电芯价格从每瓦时0.9元降至0.5元左右。',
  '某电池厂商表示，公司新建的工厂投资5亿元人民币，年产能为300兆瓦时。',
  '该厂商称，一座储能电站的建设周期约为6到9个月。',
  '报告显示，行业平均毛利率下降了3个百分点。',
].join('\n');
const published = { value: '2024-05', precision: 'month' } as const;

const result = draftReport({ slug: 'storage-price-war-2024-05', text, published, check: (d) => checkProvenance(d as never, text) });
const records = result.dataset.records;
/** The drafted record whose quote holds these words (and, where a clause gives two figures, whose value is in this unit). */
const at = (words: string, unit?: string) => {
  const found = records.filter((r) => r.quote.includes(words) && (!unit || r.value?.unit === unit));
  expect(found, `one record quotes "${words}"`).toHaveLength(1);
  return found[0];
};
const value = (words: string, unit?: string): Quantity => at(words, unit).value!;

describe('draft of a report on another subject', () => {
  it('reads capacities in 吉瓦时 and 兆瓦时 as energy', () => {
    expect(value('206吉瓦时')).toMatchObject({ unit: 'GWh', amount: 206 });
    expect(value('300兆瓦时')).toMatchObject({ unit: 'MWh', amount: 300 });
  });

  it('reads 七成以上 as a share of 70 percent with its qualifier, and 五家 as a count of firms', () => {
    expect(value('五家', 'firms')).toMatchObject({ amount: 5 });
    expect(value('七成以上', 'percent')).toMatchObject({ unit: 'percent', amount: 70, qualifier: '以上' });
  });

  it('reads a falling price per unit as a change from one price to another', () => {
    const c = at('0.9元').change!;
    expect(c.direction).toBe('down');
    expect(c.from).toMatchObject({ unit: 'CNY/Wh', amount: 0.9 });
    expect(c.to).toMatchObject({ unit: 'CNY/Wh', amount: 0.5, qualifier: '左右' });
  });

  it('reads growth and percentage points as changes by an amount', () => {
    expect(at('增长超过一倍').change).toMatchObject({ direction: 'up', by: { unit: 'times', amount: 1, qualifier: '超过' } });
    expect(at('3个百分点').change).toMatchObject({ direction: 'down', by: { unit: 'pp', amount: 3 } });
  });

  it('reads 5亿元人民币 as CNY and 6到9个月 as a range', () => {
    expect(value('5亿元人民币')).toMatchObject({ unit: 'CNY', amount: 5e8 });
    expect(value('6到9个月')).toMatchObject({ unit: 'months', amount: null, range: [6, 9] });
  });

  it('stores no figure the report gives as missing, and leaves nothing unread', () => {
    expect(result.unread).toEqual([]);
    for (const r of records) expect(r.value?.missing, r.id).toBeUndefined();
  });

  it('takes sources from the attribution in the sentence', () => {
    expect(at('206吉瓦时').source?.name).toBe('行业协会');
    expect(at('6到9个月').source?.name).toMatch(/厂商/);
  });

  it('validates against the dataset schema as it stands, with unique ASCII ids', () => {
    const parsed = datasetSchemaFor(text).safeParse(result.dataset);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues, null, 1)).toBe(true);
    const ids = records.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('is deterministic', () => {
    const again = draftReport({ slug: 'storage-price-war-2024-05', text, published, check: (d) => checkProvenance(d as never, text) });
    expect(JSON.stringify(again)).toBe(JSON.stringify(result));
  });
});
