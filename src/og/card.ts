/**
 * The card's layout as a satori element tree (plain objects: no JSX in .ts).
 * Kicker and title, then the chart (if any) across the card, credit below; without a
 * chart the title is set larger. Sizes are tuned to stay legible when a feed shows the
 * card ~500 px wide: the chart is drawn for the card at its full size (CARD in
 * src/charts/build.ts), so its text keeps at least 22 px.
 */
import type { PreparedChart } from './chart.ts';
import { CARD_THEME } from '../styles/palette.ts';
import { lineCount, titleLines } from './title-lines.ts';
import { CARD } from '../charts/build.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/** The light theme of the site's palette (src/styles/palette.ts). */
export const THEME = CARD_THEME;

/** Horizontal padding; the chart panel's padding and the gap above it. */
export const LAYOUT = Object.freeze({ padX: 64, panelPad: 16, gap: 24 });
const { padX: PAD_X, panelPad: PANEL_PAD, gap: GAP } = LAYOUT;
/** Lines a title may take: three alone, two above a chart. */
export const MAX_TITLE_LINES = 3;
export const MAX_TITLE_LINES_WITH_CHART = 2;

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

/** The largest size that sets the title in two lines, else in three; longer titles are cut (titleLines). */
export function titleSize(title: string, width: number, sizes: number[]): number {
  const fits = (lines: number) => sizes.find((px) => lineCount(title, px, width) <= lines);
  return fits(2) ?? fits(MAX_TITLE_LINES) ?? sizes.at(-1)!;
}

/**
 * The accent bar on top, the rule above the footer and the panel's edge are boxes of
 * their colour, not borders: satori draws a border as a clipped stroke, and those clips
 * were a third of rasterising a chart card (28.8 → 20.5 ms on the seed's cards).
 */
const BAR = 12;
const oneLine = { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' };

export function cardElement(text: CardText, families: string[], chart?: PreparedChart): Node {
  const textWidth = OG_WIDTH - 2 * PAD_X;
  const maxLines = chart ? MAX_TITLE_LINES_WITH_CHART : MAX_TITLE_LINES;
  // Above a chart: one line as large as it fits, else two lines a little smaller (the room left by the panel).
  const size = chart
    ? ([56, 50, 46].find((px) => lineCount(text.title, px, textWidth) <= 1) ?? titleSize(text.title, textWidth, [48, 44, 40]))
    : titleSize(text.title, textWidth, [88, 76, 68, 60, 52]);
  // Our lines, one block each; satori may still wrap a line our estimate set too wide, at a word.
  const lines = titleLines(text.title, size, textWidth, maxLines);
  const words = h('div', { display: 'flex', flexDirection: 'column', justifyContent: 'center', flexGrow: chart ? 0 : 1, minHeight: 0 }, [
    h(
      'div',
      {
        ...oneLine,
        display: 'block',
        width: textWidth,
        fontSize: chart ? 28 : 32,
        fontWeight: 700,
        color: THEME.accent,
        marginBottom: chart ? 12 : 22,
      },
      text.kicker,
    ),
    h(
      'div',
      { display: 'flex', flexDirection: 'column', width: textWidth, fontSize: size, fontWeight: 700, lineHeight: 1.2 },
      lines.map((line) => h('div', { display: 'block', wordBreak: 'keep-all' }, line)),
    ),
  ]);
  const rule = h('div', { display: 'flex', height: 2, marginTop: chart ? 20 : 28, background: THEME.rule });
  const footer = h('div', { ...oneLine, display: 'block', paddingTop: chart ? 16 : 20, fontSize: 28, color: THEME.muted }, text.footer);
  return h(
    'div',
    {
      display: 'flex',
      flexDirection: 'column',
      boxSizing: 'border-box', // with the explicit width, satori wraps CJK inside the card
      width: OG_WIDTH,
      height: OG_HEIGHT,
      padding: `${BAR + (chart ? 36 : 48)}px ${PAD_X}px ${chart ? 32 : 40}px`,
      background: THEME.paper,
      color: THEME.ink,
      fontFamily: families.map((f) => `"${f}"`).join(', '),
    },
    [
      h('div', { position: 'absolute', top: 0, left: 0, width: OG_WIDTH, height: BAR, background: THEME.accent }),
      h('div', { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 }, chart ? [words, chartBox(chart)] : [words]),
      rule,
      footer,
    ],
  );
}

/** The panel's inner size (inside its padding and 1 px border): CARD fits it, a larger chart is scaled down. */
export const CHART_PANEL = Object.freeze({ width: OG_WIDTH - 2 * PAD_X - 2 * PANEL_PAD - 2, height: CARD.height });

/** The chart across the card on a white panel, at its own size or scaled down to fit, left-aligned. */
function chartBox(chart: PreparedChart): Node {
  const scale = Math.min(1, CHART_PANEL.width / chart.width, CHART_PANEL.height / chart.height);
  const [width, height] = [Math.floor(chart.width * scale), Math.floor(chart.height * scale)];
  const img = h('img', { width, height }, undefined, { src: chart.src, width, height });
  // A 1 px ring of the rule's colour around the white panel.
  return h(
    'div',
    { display: 'flex', flexGrow: 1, marginTop: GAP, padding: 1, background: THEME.rule, borderRadius: 8 },
    h('div', { display: 'flex', flexGrow: 1, alignItems: 'center', padding: PANEL_PAD, background: THEME.panel, borderRadius: 7 }, img),
  );
}
