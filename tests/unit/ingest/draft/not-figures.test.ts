/** Number-like words that are not figures get a reason instead of a record. */
import { describe, expect, it } from 'vitest';
import { draftReport } from '../../../../src/ingest/draft/draft.ts';
import { REASONS } from '../../../../src/ingest/draft/not-figures.ts';

const draft = (...paragraphs: string[]) =>
  draftReport({ slug: 'x', text: ['标题', ...paragraphs].join('\n'), published: { value: '2024-04', precision: 'month' } });

describe('not figures', () => {
  it('lists model, product and media names with their digits, and dates outside every quote', () => {
    const d = draft('研发出了把GPT-4拉下神坛的Claude 3。', '他在接受21世纪经济报道记者采访时说了这些。', '扎克伯格曾称2023年是效率之年。');
    expect(d.dataset.records).toEqual([]);
    expect(d.dataset.notFigures).toEqual([
      { text: 'GPT-4', reason: REASONS.name },
      { text: 'Claude 3', reason: REASONS.name },
      { text: '21世纪经济报道', reason: REASONS.media },
      { text: '扎克伯格曾称2023年是效率之年', reason: REASONS.date },
    ]);
  });

  it('keeps a period with the figure it belongs to, and alone gives it a reason', () => {
    const d = draft('微软称将在未来两年内投资29亿美元。', '过去一年,资金源源不断。');
    expect(d.dataset.records.map((r) => [r.value?.amount, r.period])).toEqual([[2900000000, '未来两年内']]);
    expect(d.dataset.notFigures).toContainEqual({ text: '过去一年', reason: REASONS.period });
  });

  it('takes 今年前8个月 and 前15轮 for the period of the figures after them', () => {
    const d = draft('今年前8个月,出口额同比增长约四成。', '前15轮比赛场均观众达到2.4万人。');
    expect(d.dataset.records.map((r) => r.period)).toEqual(['今年前8个月', '前15轮']);
    expect(d.dataset.records.some((r) => r.value?.unit === 'months' || r.value?.unit === 'rounds')).toBe(false);
  });

  it('reports digits it cannot explain as unread, with their line', () => {
    const d = draft('编号 4417 的文件。');
    expect(d.unread).toEqual([{ line: 2, text: '编号 4417 的文件' }]);
    expect(d.dataset.notFigures).toEqual([{ text: '编号 4417 的文件', reason: REASONS.unread }]);
  });
});
