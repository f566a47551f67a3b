/**
 * Everything a figure shows, built once from a spec and its records: the SVG
 * at each layout width (src/charts/layouts.ts), the text summary, the data
 * table, and what the source line names. The figure frame only places these.
 */
import { FORMS } from './forms/index.ts';
import { renderSvg } from './svg.ts';
import { sourceWords } from './words.ts';
import { LAYOUTS, layoutClass } from './layouts.ts';
import type { ChartInput, ChartTable, Layout, TextSizes } from './types.ts';
import type { FormName } from '../schemas/chart-spec.ts';

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

export interface Drawing {
  /** Width of the drawing, px (a width of LAYOUTS). */
  width: number;
  svg: string;
}

export interface BuiltChart {
  /** One drawing per layout width, narrowest first; CSS shows the one that fits its column. */
  drawings: Drawing[];
  summary: string;
  table: ChartTable;
  /** Named sources of the plotted records, as the report attributes them. */
  sources: string[];
  /** How many plotted rows each named source gives, when it gives fewer than all of them. */
  sourceRows: Record<string, number>;
  /** How many records the chart plots. */
  rows: number;
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
  const draw = (l: (typeof LAYOUTS)[number]): Drawing => {
    const svg = form.draw(model, { width: l.width, narrow: l.narrow, idPrefix: `${def.id}-${l.width}`, target: options.target, text: options.text });
    Object.assign(svg.attrs, {
      class: layoutClass(l),
      role: 'group',
      'aria-labelledby': `${def.id}-title`,
      'aria-describedby': `${def.id}-summary`,
    });
    return { width: l.width, svg: renderSvg(svg) };
  };
  const table = form.table(model);
  // The source line names only the sources of rows the chart shows.
  const shown = new Set(table.rows.map((r) => r.record));
  const plotted = records.filter((r) => shown.has(r.id));
  const unique = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))];
  return {
    drawings: LAYOUTS.map(draw),
    summary: form.summary(model),
    table,
    sources: unique(plotted.map(sourceWords)),
    sourceRows: Object.fromEntries(
      unique(plotted.map(sourceWords))
        .map((s) => [s, plotted.filter((r) => sourceWords(r) === s).length] as const)
        .filter(([, n]) => n < plotted.length),
    ),
    rows: plotted.length,
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
