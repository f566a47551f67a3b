/**
 * The card's layout as a satori element tree (plain objects: no JSX in .ts).
 * Title and kicker on the left, the chart (if any) on the right, credit below.
 * Sizes are tuned to stay legible when a feed shows the card ~500 px wide.
 */
import type { PreparedChart } from './chart.ts';
import { CARD_THEME } from '../styles/palette.ts';
import { ems } from '../charts/text.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The light theme of the site's palette (src/styles/palette.ts). */
export const THEME = CARD_THEME;

/** Horizontal padding, the text column's width beside a chart, and the gap between them. */
export const LAYOUT = Object.freeze({ padX: 64, textWidthWithChart: 540, gap: 40 });
const { padX: PAD_X, textWidthWithChart: TEXT_WIDTH_WITH_CHART, gap: GAP } = LAYOUT;
export const MAX_TITLE_LINES = 3;

export interface CardText {
  title: string;
  kicker: string;
  footer: string;
}

type Node = { type: string; props: Record<string, unknown> };
const h = (type: string, style: Record<string, unknown>, children?: unknown, extra: Record<string, unknown> = {}): Node => ({
  type,
  props: { style, children, ...extra },
});

/** Estimated lines of the title at a font size; lines rarely fill up to the last pixel. */
const linesAt = (title: string, width: number, px: number) => Math.ceil((ems(title) * px) / (width * 0.95));

/** The largest size that sets the title in two lines, else in three; the clamp catches the rest. */
export function titleSize(title: string, width: number, sizes: number[]): number {
  const fits = (lines: number) => sizes.find((px) => linesAt(title, width, px) <= lines);
  return fits(2) ?? fits(MAX_TITLE_LINES) ?? sizes.at(-1)!;
}

const oneLine = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' };

export function cardElement(text: CardText, families: string[], chart?: PreparedChart): Node {
  const textWidth = chart ? TEXT_WIDTH_WITH_CHART : OG_WIDTH - 2 * PAD_X;
  const size = titleSize(text.title, textWidth, chart ? [64, 56, 50, 44] : [88, 76, 68, 60, 52]);
  // "pretty" avoids a lone last character but may take one more line: only where one is free.
  const textWrap = linesAt(text.title, textWidth, size) < MAX_TITLE_LINES ? 'pretty' : 'wrap';
  const words = h('div', { display: 'flex', flexDirection: 'column', justifyContent: 'center', width: textWidth, flexShrink: 0 }, [
    h('div', { ...oneLine, display: 'block', width: textWidth, fontSize: 32, fontWeight: 700, color: THEME.accent, marginBottom: 22 }, text.kicker),
    h(
      'div',
      { display: 'block', width: textWidth, fontSize: size, fontWeight: 700, lineHeight: 1.28, lineClamp: MAX_TITLE_LINES, textWrap },
      text.title,
    ),
  ]);
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      boxSizing: 'border-box', // with the explicit width, satori wraps CJK inside the card
      width: OG_WIDTH,
      height: OG_HEIGHT,
      padding: `48px ${PAD_X}px 40px`,
      borderTop: `12px solid ${THEME.accent}`,
      background: THEME.paper,
      color: THEME.ink,
      fontFamily: families.map((f) => `"${f}"`).join(', '),
    },
    [
      h('div', { display: 'flex', flexGrow: 1, minHeight: 0, gap: GAP }, chart ? [words, chartBox(chart)] : [words]),
      h(
        'div',
        { ...oneLine, display: 'block', marginTop: 28, paddingTop: 20, borderTop: `2px solid ${THEME.rule}`, fontSize: 28, color: THEME.muted },
        text.footer,
      ),
    ],
  );
}

/** The chart on a white panel, scaled to fit it, keeping its aspect ratio. */
function chartBox(chart: PreparedChart): Node {
  const panel = { width: OG_WIDTH - 2 * PAD_X - TEXT_WIDTH_WITH_CHART - GAP, height: 420, pad: 16 };
  const scale = Math.min((panel.width - 2 * panel.pad) / chart.width, (panel.height - 2 * panel.pad) / chart.height);
  const [width, height] = [Math.floor(chart.width * scale), Math.floor(chart.height * scale)];
  const img = h('img', { width, height }, undefined, { src: chart.src, width, height });
  return h('div', { display: 'flex', alignItems: 'center', width: panel.width }, [
    h('div', { display: 'flex', padding: panel.pad, background: '#ffffff', border: `1px solid ${THEME.rule}`, borderRadius: 8 }, img),
  ]);
}
