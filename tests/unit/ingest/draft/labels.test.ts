/** Labels read as short Chinese phrases from the clause, without the figure itself. */
import { describe, expect, it } from 'vitest';
import { draftReport } from '../../../../src/ingest/draft/draft.ts';
import { MAX_LABEL } from '../../../../src/ingest/draft/labels.ts';

const report = [
  '储能产业观察',
  '据中关村储能产业技术联盟统计,2023年国内新型储能新增装机21.5吉瓦,同比增长超过两倍。',
  '宁德时代在经历三轮扩产后,已建成超过100吉瓦时的产能。',
  '业内人士估算,今年电芯价格从每瓦时0.9元降至0.5元左右。',
].join('\n');
const drafted = draftReport({ slug: 'storage', text: report, published: { value: '2024-05', precision: 'month' } });

describe('drafted labels', () => {
  it('are short, hold no digits and name no source verb', () => {
    expect(drafted.dataset.records.length).toBeGreaterThan(0);
    for (const r of drafted.dataset.records) {
      expect([...r.label].length, r.label).toBeLessThanOrEqual(MAX_LABEL);
      expect(r.label.length, r.quote).toBeGreaterThan(1);
      expect(r.label, r.label).not.toMatch(/\d|统计|显示|估算/);
    }
  });

  it('put the subject in front when the clause has none', () => {
    const built = drafted.dataset.records.find((r) => r.quote.includes('已建成'));
    expect(built?.label).toMatch(/^宁德时代/);
  });

  it('are unique within a dataset', () => {
    const labels = drafted.dataset.records.map((r) => r.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});
