import { describe, expect, it } from 'vitest';
import { el, renderSvg, textOf } from '../../../src/charts/svg.ts';
import { mark } from '../../../src/charts/mark.ts';
import { buildChart } from '../../../src/charts/build.ts';
import { LAYOUTS } from '../../../src/charts/layouts.ts';
import { charts, seedChart, record } from './fixtures.ts';
import { dateText, sourceWords } from '../../../src/charts/words.ts';

/** The tooltip's last line for a record, by the rule in src/charts/tip.ts. */
const sourceLine = (rec: Parameters<typeof sourceWords>[0] & { source?: { hedge?: string } }) =>
  sourceWords(rec) ? `来源：${sourceWords(rec)}` : rec.source?.hedge ? `来源未具名：报道称“${rec.source.hedge}”` : '来源：报道原文';

describe('renderSvg', () => {
  it('escapes text and attributes, so data can never become markup', () => {
    const svg = renderSvg(el('text', { 'data-tip': '"><script>x</script>' }, '<b>&</b>'));
    expect(svg).toBe('<text data-tip="&quot;&gt;&lt;script&gt;x&lt;/script&gt;">&lt;b&gt;&amp;&lt;/b&gt;</text>');
  });

  it('rounds coordinates so output is stable', () => {
    expect(renderSvg(el('rect', { x: 1 / 3, width: 10.06 }))).toBe('<rect x="0.3" width="10.1"/>');
  });
});

describe('mark', () => {
  const r = record('msft-openai-cumulative');

  it('is a link named for screen readers, with a tooltip of what it does not draw, and holds only what it draws', () => {
    const m = mark({ record: r, href: '/a/#src-r' }, el('rect', {}), el('text', {}, '130亿美元'));
    expect(m.attrs).toMatchObject({ class: 'mark', href: '/a/#src-r', 'data-record': 'msft-openai-cumulative' });
    // The drawn value and the label beside the bar are not repeated; the date and the source are added.
    expect(String(m.attrs['data-tip']).split('\n')).toEqual([dateText(r), sourceLine(r)]);
    expect(m.attrs['aria-label']).toBe('微软累计投资OpenAI：130亿美元，截至2023年12月。查看原文句子');
    // A <title> would count as visible text the name does not hold (WCAG 2.5.3, axe label-content-name-mismatch).
    expect(renderSvg(m)).not.toContain('<title>');
    expect(renderSvg(m)).toMatch(/^<a [^>]*><rect\/><text>130亿美元<\/text><\/a>$/);
  });

  it('names everything it draws, in drawing order, so the visible text is part of the name', () => {
    const m = mark({ record: r, href: '/x' }, el('text', {}, '持股', el('tspan', {}, '49%')), el('text', {}, '一行注释'));
    expect(m.attrs['aria-label']).toBe('微软累计投资OpenAI：持股49%，一行注释，130亿美元，截至2023年12月。查看原文句子');
    expect(String(m.attrs['data-tip']).split('\n')).toEqual(['130亿美元', dateText(r), sourceLine(r)]);
  });

  it('names the source of a figure in its tooltip: the named one, the report’s hedge, or the report itself', () => {
    const tip = (rec: typeof r) =>
      String(mark({ record: rec }).attrs['data-tip'])
        .split('\n')
        .at(-1);
    expect(tip({ ...r, source: { name: '微软', detail: '官方公告' } })).toBe('来源：微软 官方公告');
    expect(tip({ ...r, source: { hedge: '消息显示' } })).toBe('来源未具名：报道称“消息显示”');
    expect(tip({ ...r, source: undefined })).toBe('来源：报道原文');
  });

  it('stays reachable by keyboard when there is no sentence to link to', () => {
    const m = mark({ record: r });
    expect(m.attrs.tabindex).toBe(0);
    expect(m.attrs.href).toBeUndefined();
  });
});

describe('buildChart', () => {
  it('builds every seed chart at every layout width with unique ids', () => {
    for (const spec of charts.charts) {
      const { input } = seedChart(spec.id);
      const built = buildChart({ id: `chart-${spec.id}`, form: spec.form, options: spec.options }, input);
      expect(built.drawings.map((d) => d.width)).toEqual(LAYOUTS.map((l) => l.width));
      for (const d of built.drawings) {
        expect(d.svg).toMatch(new RegExp(`^<svg[^>]* viewBox="0 0 ${d.width} \\d+"`));
        expect(d.svg).toContain(`aria-labelledby="chart-${spec.id}-title"`);
      }
      const ids = [
        ...built.drawings
          .map((d) => d.svg)
          .join('')
          .matchAll(/ id="([^"]+)"/g),
      ].map((m) => m[1]);
      expect(new Set(ids).size).toBe(ids.length);
      expect(built.summary.length).toBeGreaterThan(10);
    }
  });

  it('gives marks a link target only when asked (embeds), by option, not by patching', () => {
    const spec = charts.charts[0];
    const def = { id: 'c', form: spec.form, options: spec.options };
    expect(buildChart(def, seedChart(spec.id).input).drawings.at(-1)!.svg).not.toContain('target=');
    expect(buildChart(def, seedChart(spec.id).input, { target: '_top' }).drawings.at(-1)!.svg).toMatch(/<a class="mark" href="[^"]+" target="_top"/);
  });

  it('names only the sources of the rows it shows', () => {
    const spec = charts.charts.find((c) => c.id === 'engineer-pay')!;
    const built = buildChart({ id: 'c', form: spec.form, options: spec.options }, seedChart(spec.id).input);
    expect(built.sources).toContain('Levels.fyi');
    const layoffs = charts.charts.find((c) => c.id === 'layoffs')!;
    expect(buildChart({ id: 'c', form: layoffs.form }, seedChart('layoffs').input).sources).not.toContain('Levels.fyi');
  });

  it('counts the rows of a source that gives only some of them, so it is not credited with the whole chart', () => {
    for (const spec of charts.charts) {
      const { input } = seedChart(spec.id);
      const built = buildChart({ id: 'c', form: spec.form, options: spec.options }, input);
      for (const s of built.sources) {
        const n = input.records.filter((r) => sourceWords(r) === s).length;
        if (n < built.rows) expect(built.sourceRows[s], `${spec.id}: ${s}`).toBe(n);
        else expect(built.sourceRows[s], `${spec.id}: ${s}`).toBeUndefined();
      }
    }
  });
});
