import { describe, expect, it } from 'vitest';
import { anchorFor, citationSpans } from '../../../src/ingest/citations.ts';

const para = '微软称将投资29亿美元。亚马逊追加投资27.5亿美元，创下纪录。谷歌也在投资。';

describe('citationSpans', () => {
  it('wraps the whole sentence that holds a quote, anchored by its first record', () => {
    const spans = citationSpans(para, [{ id: 'msft', quote: '投资29亿美元' }]);
    expect(spans).toEqual([{ start: 0, end: para.indexOf('亚马逊'), records: ['msft'], anchor: anchorFor('msft') }]);
    expect(para.slice(spans[0].start, spans[0].end)).toBe('微软称将投资29亿美元。');
  });

  it('joins records whose sentences overlap into one span, in the order their quotes appear', () => {
    const spans = citationSpans(para, [
      { id: 'record', quote: '创下纪录' },
      { id: 'amzn', quote: '追加投资27.5亿美元' },
    ]);
    expect(spans).toHaveLength(1);
    expect(spans[0].records).toEqual(['amzn', 'record']);
    expect(spans[0].anchor).toBe('src-amzn');
  });

  it('gives separate sentences separate spans and ignores quotes the paragraph lacks', () => {
    const spans = citationSpans(para, [
      { id: 'msft', quote: '29亿美元' },
      { id: 'goog', quote: '谷歌也在投资' },
      { id: 'elsewhere', quote: '不在这一段' },
    ]);
    expect(spans.map((s) => s.records)).toEqual([['msft'], ['goog']]);
  });

  it('spans every sentence a quote crosses', () => {
    const [span] = citationSpans(para, [{ id: 'x', quote: '29亿美元。亚马逊' }]);
    expect(para.slice(span.start, span.end)).toBe('微软称将投资29亿美元。亚马逊追加投资27.5亿美元，创下纪录。');
  });
});
