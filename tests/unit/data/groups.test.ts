/** The data page's tables: one per topic tag in the dataset's order, then untagged records by kind; every record once. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recordGroups } from '../../../src/data/groups.ts';
import { datasetSchemaFor } from '../../../src/schemas/dataset.ts';
import { recordKind } from '../../../src/lib/record-kind.ts';
import { t } from '../../../src/i18n/strings.ts';
import type { DataRecord } from '../../../src/schemas/record.ts';

const rec = (id: string, extra: Partial<DataRecord> = {}) =>
  ({ id, label: id, entities: {}, value: { unit: 'USD', amount: 1 }, date: {}, quote: id, ...extra }) as DataRecord;

describe('recordGroups', () => {
  it('puts a record under its first declared tag, in the order the dataset declares tags', () => {
    const groups = recordGroups({
      tags: { layoff: '裁员', investment: '投资' },
      records: [rec('a', { tags: ['investment'] }), rec('b', { tags: ['investment', 'layoff'] }), rec('c', { tags: ['layoff'] })],
    });
    expect(groups.map((g) => [g.id, g.name, g.rows.map((r) => r.record.id)])).toEqual([
      ['layoff', '裁员', ['b', 'c']],
      ['investment', '投资', ['a']],
    ]);
  });

  it('groups untagged records by kind, named in Chinese, and leaves out empty groups', () => {
    const groups = recordGroups({
      tags: { x: '某类' },
      records: [rec('e', { value: null }), rec('m'), rec('p', { value: { unit: 'people', amount: 3 } })],
    });
    expect(groups.map((g) => g.id)).toEqual(['event', 'money', 'count']);
    expect(groups.map((g) => g.name)).toEqual([t.kinds.event, t.kinds.money, t.kinds.count]);
  });

  it('shows every record of the seed exactly once, with its place in the dataset', () => {
    const report = readFileSync('content/reports/ai-talent-war-2024-04.txt', 'utf8');
    const dataset = datasetSchemaFor(report).parse(JSON.parse(readFileSync('content/data/ai-talent-war-2024-04.json', 'utf8')));
    const rows = recordGroups(dataset).flatMap((g) => g.rows);
    expect(rows.map((r) => r.record.id).sort()).toEqual(dataset.records.map((r) => r.id).sort());
    for (const row of rows) expect(dataset.records[row.order]).toBe(row.record);
    for (const g of recordGroups(dataset)) if (!(g.id in (dataset.tags ?? {}))) for (const r of g.rows) expect(recordKind(r.record)).toBe(g.id);
  });
});
