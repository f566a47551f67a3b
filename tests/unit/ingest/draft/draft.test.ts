/** The draft as a whole: a figure the site's check refuses is listed for the editor, never written wrong. */
import { describe, expect, it } from 'vitest';
import { draftReport } from '../../../../src/ingest/draft/draft.ts';
import { REASONS } from '../../../../src/ingest/draft/not-figures.ts';

const text = ['标题', '工厂裁员300人。', '公司营收达到30亿美元。'].join('\n');
const published = { value: '2024-04', precision: 'month' } as const;

describe('draftReport', () => {
  it('turns each record the check refuses into an unread notFigures entry with its line', () => {
    const all = draftReport({ slug: 'x', text, published });
    expect(all.dataset.records).toHaveLength(2);
    const refused = draftReport({ slug: 'x', text, published, check: () => [{ path: ['records', 0, 'value'], message: 'no' }] });
    expect(refused.dataset.records.map((r) => r.quote)).toEqual([all.dataset.records[1].quote]);
    expect(refused.dataset.notFigures).toContainEqual({ text: all.dataset.records[0].quote, reason: REASONS.unread });
    expect(refused.unread).toEqual([{ line: 2, text: all.dataset.records[0].quote }]);
    expect(Object.values(refused.byUnit).reduce((a, b) => a + b, 0)).toBe(1);
  });

  it('marks every record as drafted', () => {
    for (const r of draftReport({ slug: 'x', text, published }).dataset.records) expect(r.drafted).toMatch(/^[0-9a-f]{12}$/);
  });
});
