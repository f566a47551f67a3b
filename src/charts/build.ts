/**
 * Everything a figure shows, built once from a spec and its records: the SVG
 * at the two layouts, the text summary, the data table, and what the source
 * line names. The figure frame only places these.
 */
import { FORMS } from './forms/index.ts';
import { renderSvg } from './svg.ts';
import { sourceWords } from './words.ts';
import type { ChartInput, ChartTable, Layout, TextSizes } from './types.ts';
import type { FormName } from '../schemas/chart-spec.ts';

/** Widths of the drawings: phones (labels above bars) and wider screens. */
export const NARROW = 340;
export const WIDE = 720;
/**
 * The drawing a share card shows under its title (1200×630, src/og/card.ts): at most
 * this size, so it is never scaled down, and its text is set at CARD_TEXT: at least
 * 22 px in the image, 11 px when a feed shows the card 600 px wide.
 */
export const CARD = { width: 1024, height: 250 };
export const CARD_TEXT: Readonly<TextSizes> = Object.freeze({ label: 26, value: 24, note: 22 });
/** A card shows the few largest (or latest) marks, never more than this. */
export const CARD_MARKS = 4;

export interface ChartDef {
  /** Figure id, used as prefix for ids inside the SVG (chart-<spec id>). */
  id: string;
  form: FormName;
  options?: Record<string, unknown>;
}

export interface BuiltChart {
  narrow: string;
  wide: string;
  summary: string;
  table: ChartTable;
  /** Named sources of the plotted records, as the report attributes them. */
  sources: string[];
  /** The report's hedges for unnamed sources (消息显示 …). */
  hedges: string[];
  /** Whether any plotted date was resolved from relative words. */
  relativeDates: boolean;
}

export interface BuildOptions {
  /** Where mark links open: `_top` inside embeds. */
  target?: '_top';
  /** Overrides of the layouts' text sizes and row limit (see Layout). */
  text?: Layout['text'];
}

function modelOf(def: ChartDef, input: ChartInput) {
  const form = FORMS[def.form];
  const records = input.records;
  return { form, model: form.model({ ...input, records }, { ...form.defaults, ...def.options }), records };
}

/** The SVG description of one layout, with the figure's labelling attributes (posters draw their own sizes). */
export function drawChart(def: ChartDef, input: ChartInput, layout: Omit<Layout, 'idPrefix'> & { idPrefix?: string }) {
  const { form, model } = modelOf(def, input);
  return form.draw(model, { idPrefix: def.id, ...layout });
}

export function buildChart(def: ChartDef, input: ChartInput, options: BuildOptions = {}): BuiltChart {
  const { form, model, records } = modelOf(def, input);
  const draw = (width: number, narrow: boolean, cls: string) => {
    const svg = form.draw(model, { width, narrow, idPrefix: `${def.id}-${cls}`, target: options.target, text: options.text });
    Object.assign(svg.attrs, {
      class: `layout-${cls}`,
      role: 'group',
      'aria-labelledby': `${def.id}-title`,
      'aria-describedby': `${def.id}-summary`,
    });
    return renderSvg(svg);
  };
  const table = form.table(model);
  // The source line names only the sources of rows the chart shows.
  const shown = new Set(table.rows.map((r) => r.record));
  const plotted = records.filter((r) => shown.has(r.id));
  const unique = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))];
  return {
    narrow: draw(NARROW, true, 'narrow'),
    wide: draw(WIDE, false, 'wide'),
    summary: form.summary(model),
    table,
    sources: unique(plotted.map(sourceWords)),
    hedges: unique(plotted.map((r) => r.source?.hedge)),
    relativeDates: plotted.some((r) => r.date.relative),
  };
}

/**
 * The drawing for a share card, with the light colours it carries: the most marks
 * (up to CARD_MARKS) that fit CARD at full size, beside their labels where they fit,
 * else under them. If not even one mark fits, the smallest drawing; the card scales it.
 */
export function cardSvg(def: ChartDef, input: ChartInput): string {
  const { form, model } = modelOf(def, input);
  const tries = Array.from({ length: CARD_MARKS }, (_, i) => CARD_MARKS - i).flatMap((limit) =>
    [false, true].map((narrow) => form.draw(model, { width: CARD.width, narrow, limit, notes: false, text: CARD_TEXT, idPrefix: `${def.id}-card` })),
  );
  const height = (svg: (typeof tries)[number]) => Number(svg.attrs.height);
  const fits = tries.find((svg) => height(svg) <= CARD.height);
  return renderSvg(fits ?? tries.reduce((a, b) => (height(b) < height(a) ? b : a)));
}
