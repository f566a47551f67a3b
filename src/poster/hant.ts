/**
 * A poster of the 繁體 edition: the Simplified poster's sheet with every line and
 * the chart's labels converted, and the 繁體 page's address in the QR code. The
 * lines are converted where the Simplified layout broke them (characters keep
 * their widths), so both editions show the same poster.
 */
import { hantSvgText } from '../og/hant.ts';
import type { Block, PosterSheet } from './layout.ts';

export function hantSheet(sheet: PosterSheet, convert: (text: string) => string, url: string): PosterSheet {
  const block = (b: Block): Block => ({ ...b, lines: convertLines(b.lines, convert) });
  return {
    ...sheet,
    url,
    script: 'tc',
    kicker: block(sheet.kicker),
    title: block(sheet.title),
    byline: block(sheet.byline),
    ...(sheet.dek ? { dek: block(sheet.dek) } : {}),
    ...(sheet.chart
      ? {
          chart: {
            ...sheet.chart,
            ...(sheet.chart.title ? { title: block(sheet.chart.title) } : {}),
            svg: hantSvgText(sheet.chart.svg, convert),
            source: block(sheet.chart.source),
          },
        }
      : {}),
    ...(sheet.points ? { points: { heading: block(sheet.points.heading), items: sheet.points.items.map(block) } } : {}),
    site: block(sheet.site),
    note: block(sheet.note),
  };
}

/**
 * Lines converted as one text (OpenCC sees whole words across a break: 头|发 is
 * 頭髮, not 頭發), then cut back where they were when the count of characters holds.
 */
export function convertLines(lines: string[], convert: (text: string) => string): string[] {
  const parts = lines.map((l) => [...l]);
  const out = [...convert(lines.join(''))];
  if (out.length !== parts.flat().length) return lines.map(convert);
  let at = 0;
  return parts.map((p) => out.slice(at, (at += p.length)).join(''));
}
