/**
 * Everything a figure shows, built once from the records: the SVG at the two
 * layouts, the text summary, the data table, and the credits.
 */
import { BUILDERS } from './index.ts';
import { renderSvg } from './svg.ts';
import type { ChartInput, ChartTable } from './types.ts';
import type { ChartType } from '../schemas/chart-spec.ts';

/** Widths of the drawings: phones (labels above bars) and wider screens. */
export const NARROW = 340;
export const WIDE = 720;
/** The panel a share card gives its chart (1200×630 card, see src/og/card.ts). */
export const CARD = { width: 460, height: 388 };
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

export function buildChart(type: ChartType, input: ChartInput, id: string): BuiltChart {
  const builder = BUILDERS[type];
  const model = builder.model(input);
  const draw = (width: number, narrow: boolean, cls: string) => {
    const svg = builder.draw(model, { width, narrow, idPrefix: `${id}-${cls}` });
    Object.assign(svg.attrs, { class: `layout-${cls}`, role: 'group', 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-summary` });
    return renderSvg(svg);
  };
  const unique = (xs: (string | undefined)[]) => [...new Set(xs.filter((x): x is string => Boolean(x)))];
  return {
    narrow: draw(NARROW, true, 'narrow'),
    wide: draw(WIDE, false, 'wide'),
    summary: builder.summary(model),
    table: builder.table(model),
    sources: unique(input.records.map((r) => r.source?.name && [r.source.name, r.source.detail].filter(Boolean).join(' '))),
    hedges: unique(input.records.map((r) => r.source?.hedge)),
    relativeDates: input.records.some((r) => r.date.relative),
  };
}

/**
 * The drawing for a share card, with the light colours it carries: whichever
 * layout ends up larger in the panel (labels above bars wins a tie, it reads better).
 */
export function cardSvg(type: ChartType, input: ChartInput, id: string): string {
  const builder = BUILDERS[type];
  const model = builder.model(input);
  const [narrow, wide] = [true, false].map((n) => builder.draw(model, { width: CARD.width, narrow: n, idPrefix: `${id}-card` }));
  const scale = (svg: typeof narrow) => Math.min(CARD.width / Number(svg.attrs.width), CARD.height / Number(svg.attrs.height));
  return renderSvg(scale(wide) > scale(narrow) * 1.05 ? wide : narrow);
}
