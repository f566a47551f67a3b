import { describe, expect, it } from 'vitest';
import { bars } from '../../../../src/charts/forms/bars.ts';
import { findAll } from '../../../../src/charts/svg.ts';
import { NARROW, WIDE, expectSnapshot, markOf, marks, num, record, rectsIn, seedChart, textsIn } from '../fixtures.ts';

const bets = seedChart('big-tech-bets');
const layoffs = seedChart('layoffs');

describe('bars form', () => {
  it('groups a deal’s records on one row, largest first, rows without an amount last', () => {
    expect(bets.model.rows.map((r: { label: string }) => r.label)).toEqual([
      '微软 → OpenAI',
      '亚马逊 → Anthropic',
      '微软 → Inflection AI',
      'Alphabet → Anthropic',
      '微软 → Mistral AI',
      '谷歌 → Essential.ai',
      '谷歌 → Character.ai',
    ]);
  });

  it('draws lengths proportional to amounts from one baseline, and stacks parts inside their whole', () => {
    const svg = bars.draw(bets.model, WIDE);
    const rect = (id: string) => rectsIn(markOf(svg, id))[0];
    expect(num(rect('msft-openai-cumulative').attrs.x)).toBe(num(rect('msft-inflection-patents').attrs.x));
    expect(num(rect('msft-openai-cumulative').attrs.width) / num(rect('msft-inflection-patents').attrs.width)).toBeCloseTo(20, 1);
    const [first, second, total] = ['amazon-anthropic-first', 'amazon-anthropic-second', 'amazon-anthropic-total'].map(rect);
    expect(num(second.attrs.x)).toBeCloseTo(num(first.attrs.x) + num(first.attrs.width), 0);
    expect(num(first.attrs.width) + num(second.attrs.width)).toBeCloseTo(num(total.attrs.width), 0);
  });

  it('draws annotations as notes on their row, not on the axis', () => {
    const svg = bars.draw(bets.model, NARROW);
    expect(rectsIn(markOf(svg, 'msft-openai-stake'))).toEqual([]);
    expect(textsIn(svg).join('\n')).toContain('49%');
  });

  it('writes figures without an amount as an upright note, never an empty bar', () => {
    for (const layout of [WIDE, NARROW]) {
      const svg = bars.draw(bets.model, layout);
      const m = markOf(svg, 'msft-mistral')!;
      expect(rectsIn(m)).toEqual([]);
      expect(textsIn(m).join('')).toContain('未披露金额');
      expect(findAll(svg, (n) => n.attrs['font-style'] === 'italic')).toEqual([]);
      const l = bars.draw(layoffs.model, layout);
      expect(textsIn(markOf(l, 'google-layoffs-2024')).join('')).toContain('裁员将持续一整年（未给出人数）');
      expect(textsIn(markOf(l, 'amazon-smgs-cuts')).join('')).toContain('数百个');
    }
  });

  it('draws 超 as an arrow past the bar’s end', () => {
    const svg = bars.draw(layoffs.model, WIDE);
    expect(findAll(markOf(svg, 'amazon-layoffs'), (n) => n.tag === 'path')).toHaveLength(1);
    expect(findAll(markOf(svg, 'msft-layoffs-2023'), (n) => n.tag === 'path')).toHaveLength(0);
  });

  it('links every record and draws at most `limit` rows', () => {
    expect(new Set(marks(bars.draw(bets.model, WIDE)).map((m) => m.attrs['data-record']))).toEqual(new Set(bets.input.records.map((r) => r.id)));
    const few = bars.draw(bets.model, { ...WIDE, limit: 2 });
    expect(textsIn(few).join('')).not.toContain('Mistral');
  });

  it('gives a company its colour when the site passes one', () => {
    const tones = new Map([['微软', 'c3' as const]]);
    const m = bars.model({ ...layoffs.input, tones }, layoffs.options as Parameters<typeof bars.model>[1]);
    const svg = bars.draw(m, WIDE);
    expect(rectsIn(markOf(svg, 'msft-layoffs-2023'))[0].attrs.class).toBe('f-c3');
    expect(rectsIn(markOf(svg, 'meta-layoffs-2023'))[0].attrs.class).toBe('f-other');
  });

  it('refuses what bars cannot draw, saying which form can', () => {
    const grant = record('deepmind-stock-grants');
    expect(bars.accepts([record('msft-layoffs-2023'), grant], {})).toEqual([
      { path: ['records', 1], message: expect.stringContaining('use form "range"') },
    ]);
    expect(bars.accepts([record('msft-layoffs-2023'), record('gpu-revenue-2023')], {})[0].message).toMatch(/one axis has one unit/);
    expect(bars.accepts([record('msft-layoffs-2023')], { colour: 'red' })[0]).toMatchObject({
      path: ['options', 'colour'],
      message: expect.stringContaining('unknown option'),
    });
    expect(bars.accepts(bets.input.records, bets.spec.options)).toEqual([]);
    expect(bars.accepts(layoffs.input.records, layoffs.spec.options)).toEqual([]);
  });

  it('summarises largest, smallest, and what has no figure', () => {
    expect(bars.summary(layoffs.model)).toMatch(/^最大的是亚马逊累计裁员（超2\.7万名），约为最小的.*（1万人）的2\.7倍。另有3项报道没有给出确切数字/);
  });

  it('matches the reviewed drawings', () => {
    expectSnapshot(bars.draw(bets.model, WIDE), 'bars-bets-wide');
    expectSnapshot(bars.draw(bets.model, NARROW), 'bars-bets-narrow');
    expectSnapshot(bars.draw(layoffs.model, WIDE), 'bars-layoffs-wide');
    expectSnapshot(bars.draw(layoffs.model, NARROW), 'bars-layoffs-narrow');
  });
});
