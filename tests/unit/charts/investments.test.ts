import { describe, expect, it } from 'vitest';
import { investments } from '../../../src/charts/investments.ts';
import { renderSvg } from '../../../src/charts/svg.ts';
import { NARROW, WIDE, inputFor, markOf, marks, num, rectsIn, textsIn } from './fixtures.ts';

const input = inputFor('investments');
const model = investments.model(input);

describe('investments chart', () => {
  it('orders rows by amount, deals without an amount last', () => {
    expect(model.rows.map((r) => r.label)).toEqual([
      '微软 → OpenAI',
      '亚马逊 → Anthropic',
      '微软 → Inflection AI',
      'Alphabet → Anthropic',
      '微软 → Mistral AI',
      '谷歌 → Essential.ai',
      '谷歌 → Character.ai',
    ]);
  });

  it('draws bar lengths proportional to the amounts, from a zero baseline', () => {
    const svg = investments.draw(model, WIDE);
    const width = (id: string) => num(rectsIn(markOf(svg, id))[0].attrs.width);
    const x = (id: string) => num(rectsIn(markOf(svg, id))[0].attrs.x);
    expect(x('msft-openai-cumulative')).toBe(x('msft-inflection-patents'));
    expect(width('msft-openai-cumulative') / width('msft-inflection-patents')).toBeCloseTo(130 / 6.5, 1);
    expect(width('amazon-anthropic-total') / width('alphabet-anthropic')).toBeCloseTo(40 / 4, 1);
  });

  it('takes its scale from the data', () => {
    const bigger = structuredClone(input);
    bigger.records.find((r) => r.id === 'msft-openai-cumulative')!.value!.amount = 26_000_000_000;
    const ticks = (m: ReturnType<typeof investments.model>) => textsIn(investments.draw(m, WIDE)).filter((s) => /^\d+$/.test(s)).map(Number);
    expect(Math.max(...ticks(model))).toBeGreaterThanOrEqual(130);
    expect(Math.max(...ticks(investments.model(bigger)))).toBeGreaterThanOrEqual(260);
  });

  it('stacks tranches inside the cumulative bar', () => {
    const svg = investments.draw(model, WIDE);
    const first = rectsIn(markOf(svg, 'amazon-anthropic-first'))[0];
    const second = rectsIn(markOf(svg, 'amazon-anthropic-second'))[0];
    const total = rectsIn(markOf(svg, 'amazon-anthropic-total'))[0];
    expect(num(first.attrs.x)).toBe(num(total.attrs.x));
    expect(num(second.attrs.x)).toBeCloseTo(num(first.attrs.x) + num(first.attrs.width), 0);
    expect(num(first.attrs.width) + num(second.attrs.width)).toBeCloseTo(num(total.attrs.width), 0);
  });

  it('writes deals without an amount as text, with no bar at all', () => {
    for (const layout of [WIDE, NARROW]) {
      const svg = investments.draw(model, layout);
      for (const id of ['msft-mistral', 'google-essential-ai', 'google-character-ai']) {
        const m = markOf(svg, id)!;
        expect(rectsIn(m)).toEqual([]);
        expect(textsIn(m).join('')).toContain('未披露');
      }
      for (const rect of rectsIn(svg).filter((r) => r.attrs.class?.toString().startsWith('f-c')))
        expect(num(rect.attrs.width), 'no zero-length bar').toBeGreaterThan(0);
    }
  });

  it('keeps the report’s qualifiers and stakes visible', () => {
    const text = textsIn(investments.draw(model, NARROW)).join('\n');
    expect(text).toContain('约40亿美元');
    expect(text).toContain('近4亿美元');
    expect(text).toContain('持股49%');
    expect(text).toContain('持股10%');
  });

  it('makes every plotted record a link to its sentence, in reading order', () => {
    const svg = investments.draw(model, WIDE);
    const order = marks(svg).map((m) => m.attrs['data-record']);
    expect(new Set(order)).toEqual(new Set(input.records.map((r) => r.id)));
    expect(order.indexOf('msft-openai-cumulative')).toBeLessThan(order.indexOf('amazon-anthropic-total'));
    for (const m of marks(svg)) {
      expect(m.attrs.href).toBe(`/a/#src-${m.attrs['data-record']}`);
      expect(String(m.attrs['aria-label'])).toMatch(/：/);
    }
  });

  it('summarises largest, smallest and their ratio, and counts the undisclosed', () => {
    expect(investments.summary(model)).toBe(
      '金额最大的是微软累计投资OpenAI，130亿美元，约为金额最小的Alphabet投资Anthropic（近4亿美元）的33倍。另有3笔投资报道未披露金额。',
    );
  });

  it('tables exactly the plotted records', () => {
    const table = investments.table(model);
    expect(table.rows.map((r) => r.record).sort()).toEqual(input.records.map((r) => r.id).sort());
    expect(table.rows.find((r) => r.record === 'msft-mistral')!.cells[1]).toBe('未披露');
  });

  it('refuses records it cannot draw', () => {
    const bad = structuredClone(input);
    bad.records[0].entities = {};
    expect(() => investments.model(bad)).toThrow(/needs a value, an investor and a recipient/);
  });

  it('matches the reviewed SVG snapshots', async () => {
    await expect(renderSvg(investments.draw(model, WIDE))).toMatchFileSnapshot('__snapshots__/investments-wide.svg');
    await expect(renderSvg(investments.draw(model, NARROW))).toMatchFileSnapshot('__snapshots__/investments-narrow.svg');
  });
});
