import { describe, expect, it } from 'vitest';
import { hantCard, hantSvgText } from '../../../src/og/hant.ts';
import { chartText, prepareChart } from '../../../src/og/chart.ts';
import { prepareCard } from '../../../src/og/render.ts';
import { CHART_FONTS } from '../../../src/charts/svg.ts';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { s2tw } from '../../../src/edition/hant.ts';
import { Resvg } from '@resvg/resvg-js';

const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40" viewBox="0 0 200 40"><title>裁员</title><g class="裁员"><text x="0" y="20" fill="#1b1b1b">亚马逊<tspan x="0" dy="1.2em">累计裁员</tspan></text></g></svg>';

const cacheDir = mkdtempSync(join(tmpdir(), 'og-hant-'));

describe('hantSvgText', () => {
  it('converts what the drawing writes, and nothing that is not text', () => {
    const out = hantSvgText(svg, s2tw);
    expect(chartText(out)).toBe('亞馬遜累計裁員');
    expect(out).toContain('<title>裁員</title>');
    expect(out).toContain('class="裁员"');
    expect(out).toContain('viewBox="0 0 200 40"');
    expect(out).toContain('fill="#1b1b1b"');
  });

  it('keeps markup-like text escaped, so resvg still reads it as XML', () => {
    const hostile =
      '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="40"><a href="#x" aria-label="&lt;script&gt;裁员 &amp; 图"><text x="0" y="20">&lt;b&gt;裁员 &amp; 图</text></a></svg>';
    const out = hantSvgText(hostile, s2tw);
    expect(chartText(out)).toBe('<b>裁員 & 圖');
    expect(() => new Resvg(out)).not.toThrow();
    expect(out).not.toMatch(/="[^"]*</);
  });
});

describe('hantCard', () => {
  it('converts the title, kicker, footer and the chart’s labels', () => {
    const card = hantCard({ title: '人才荒与就业难', kicker: '第1篇', footer: 'AI人才战·图解 · 原文：21世纪经济报道', chartSvg: svg }, s2tw);
    expect(card).toMatchObject({ title: '人才荒與就業難', kicker: '第1篇', footer: 'AI人才戰·圖解 · 原文：21世紀經濟報道' });
    expect(chartText(card.chartSvg!)).toBe('亞馬遜累計裁員');
  });

  it('draws in Traditional glyph forms, as the edition’s pages do, its chart too', () => {
    const chart = `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="60" font-family="${CHART_FONTS.sc}"><text x="2" y="50" font-size="48">骨</text></svg>`;
    const card = hantCard({ title: '骨', chartSvg: chart }, s2tw);
    expect(card.script).toBe('tc');
    expect(card.chartSvg).toContain(CHART_FONTS.tc);
    // 骨 is drawn differently by the mainland and the Taiwan font: the outlined chart follows the script.
    const outline = (script: 'sc' | 'tc', svg: string) => prepareChart(svg, cacheDir, script).src;
    expect(outline('tc', card.chartSvg!)).not.toBe(outline('sc', chart));
    expect(prepareCard(card, { cacheDir }).families.every((f) => f.startsWith('Noto Sans TC'))).toBe(true);
  });
});
