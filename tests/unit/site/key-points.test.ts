import { describe, expect, it } from 'vitest';
import { keyPoints, keyPointText } from '../../../src/site/key-points.ts';
import { record } from '../charts/fixtures.ts';
import type { DataRecord } from '../../../src/schemas/record.ts';

const cite = (id: string) => ({ record: id, anchor: `src-${id}` });
const find = (id: string) => record(id) as unknown as DataRecord;

describe('keyPoints', () => {
  it('words each figure as the page lists it: label, value, the report’s conversion, date', () => {
    const [p] = keyPoints([cite('ml-ai-engineer-median-pay')], find);
    expect(keyPointText(p)).toBe(`${p.record.label}：${p.words}`);
    expect(p.words).toContain('接近40万美元');
    expect(p.words).toContain('（约合人民币290万元）');
    expect(p.anchor).toBe('src-ml-ai-engineer-median-pay');
  });

  it('leaves out events and a tranche whose total is cited, puts undisclosed figures last, and stops at the limit', () => {
    const ids = ['msft-openai-first', 'msft-openai-cumulative', 'amazon-layoffs', 'google-poaches-openai-devrel'];
    const shown = keyPoints(ids.map(cite), find).map((p) => p.record.id);
    expect(shown).not.toContain('msft-openai-first');
    expect(shown).not.toContain('google-poaches-openai-devrel');
    expect(keyPoints(ids.map(cite), find, 1)).toHaveLength(1);
  });
});
