/**
 * A laid-out poster (layout.ts) as a satori element tree: one block per line, so
 * satori breaks nothing itself; the site's light palette, like the share cards.
 * The chart and the QR code come in as images (data: URIs) drawn by render.ts.
 */
import { CARD_THEME as THEME } from '../styles/palette.ts';
import { POSTER, STYLE, type Block, type PosterSheet } from './layout.ts';

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): Node => ({
  type,
  props: { style, children, ...extra },
});

export interface PosterImages {
  /** The chart drawing with its text as outlines (src/og/chart.ts). */
  chart?: string;
  qr: string;
}

const text = (b: Block, look: Record<string, unknown> = {}, margin: Record<string, unknown> = {}) =>
  h(
    'div',
    { display: 'flex', flexDirection: 'column', ...margin },
    b.lines.map((line) =>
      h(
        'div',
        { display: 'block', height: b.style.line, fontSize: b.style.size, lineHeight: `${b.style.line}px`, whiteSpace: 'nowrap', ...look },
        line,
      ),
    ),
  );

const bold = { fontWeight: 700 };
// The accent bar and the rule are boxes of their colour, not borders, as on the share cards
// (src/og/card.ts): satori draws a border as a clipped stroke.
const muted = { color: THEME.muted };

export function posterElement(sheet: PosterSheet, families: string[], images: PosterImages): Node {
  const { gap } = STYLE;
  const chart = sheet.chart;
  const body: Node[] = [
    ...(sheet.kicker.lines.length ? [text(sheet.kicker, { ...bold, color: THEME.accent }, { marginBottom: gap.kicker })] : []),
    text(sheet.title, { ...bold, color: THEME.ink }, { marginBottom: gap.title }),
    text(sheet.byline, muted),
    ...(sheet.dek ? [text(sheet.dek, {}, { marginTop: gap.dek })] : []),
  ];
  if (chart && images.chart) {
    body.push(
      h('div', { display: 'flex', flexDirection: 'column', marginTop: gap.section }, [
        ...(chart.title ? [text(chart.title, bold, { marginBottom: gap.chartTitle })] : []),
        h('img', { width: chart.width, height: chart.height, marginLeft: -chart.bleed }, undefined, {
          src: images.chart,
          width: chart.width,
          height: chart.height,
        }),
        ...(chart.source.lines.length ? [text(chart.source, muted, { marginTop: gap.chartSource })] : []),
      ]),
    );
  }
  if (sheet.points) {
    const marker = (b: Block) =>
      h('div', {
        width: 6,
        height: 6,
        marginTop: (b.style.line - 6) / 2,
        marginRight: STYLE.pointIndent - 6,
        background: THEME.accent,
        flexShrink: 0,
      });
    body.push(
      h('div', { display: 'flex', flexDirection: 'column', marginTop: gap.section }, [
        text(sheet.points.heading, bold, { marginBottom: gap.pointsHeading }),
        ...sheet.points.items.map((item, i) =>
          h('div', { display: 'flex', flexDirection: 'row', alignItems: 'flex-start', marginTop: i ? gap.point : 0 }, [marker(item), text(item)]),
        ),
      ]),
    );
  }
  const footer = h(
    'div',
    {
      display: 'flex',
      flexDirection: 'row',
      alignItems: 'flex-end',
      paddingTop: gap.footer,
    },
    [
      h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, marginRight: 16 }, [
        text(sheet.site, bold),
        ...(sheet.note.lines.length ? [text(sheet.note, muted, { marginTop: 4 })] : []),
      ]),
      h('img', { width: STYLE.qr, height: STYLE.qr }, undefined, { src: images.qr, width: STYLE.qr, height: STYLE.qr }),
    ],
  );
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      boxSizing: 'border-box',
      width: POSTER.width,
      height: POSTER.height,
      padding: `${STYLE.accent + STYLE.padTop}px ${STYLE.padX}px ${STYLE.padBottom}px`,
      background: THEME.paper,
      color: THEME.ink,
      fontFamily: families.map((f) => `"${f}"`).join(', '),
    },
    [
      h('div', { position: 'absolute', top: 0, left: 0, width: POSTER.width, height: STYLE.accent, background: THEME.accent }),
      h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 }, body),
      h('div', { display: 'flex', height: 1, marginTop: STYLE.footerGap, background: THEME.rule }),
      footer,
    ],
  );
}
