/**
 * The widths a chart is drawn at, and the container widths each drawing is shown
 * in. A drawing's text is set in px at its own width; CSS container queries
 * (src/styles/chart-layouts.css, written from layoutCss() and checked by a test)
 * show the drawing whose width is nearest its column's, scaled between 0.9 and
 * 1.11 of its size: chart text keeps its px size (±11 %) in an article, on a chart
 * page and in an embed of any width, and the drawing fills its column. The viewBox
 * of the drawing shown reserves its height before anything loads (CLS 0).
 */

export interface LayoutWidth {
  /** Width of the drawing (its viewBox), px. */
  width: number;
  /** Labels above their marks (phones) rather than in a column beside them. */
  narrow: boolean;
  /** Smallest container width it is shown in, px; it is shown up to the next one's `from`. */
  from: number;
}

export const LAYOUTS: readonly LayoutWidth[] = Object.freeze([
  { width: 288, narrow: true, from: 0 },
  { width: 328, narrow: true, from: 316 },
  { width: 401, narrow: true, from: 362 },
  { width: 491, narrow: true, from: 443 },
  { width: 601, narrow: false, from: 543 },
  { width: 736, narrow: false, from: 665 },
  { width: 900, narrow: false, from: 810 },
  { width: 1100, narrow: false, from: 995 },
  { width: 1345, narrow: false, from: 1216 },
]);

/** The widest drawing is shown at most this much larger than its size. */
export const MAX_SCALE = 1.1;

/**
 * The page column (main's width, 46rem in src/styles/global.css): articles and
 * chart pages carry the drawings up to it; embeds, whose frame may be any width, all.
 */
export const COLUMN = 736;

/** The drawing printed, and the one print and other places without container queries fall back to. */
export const PRINT_WIDTH = COLUMN;

/** The drawings a page carries: all of them, or those up to a column width. */
export const layoutsUpTo = (column = Infinity) => LAYOUTS.filter((l) => l.width <= column);

/** Widest container a drawing is shown in: up to the next drawing, the last one up to MAX_SCALE. */
export const upperBound = (i: number) => LAYOUTS[i + 1]?.from ?? Math.round(LAYOUTS[i].width * MAX_SCALE);

/**
 * Class names of a drawing: its form (`layout-narrow` or `layout-wide`) and its width;
 * the first also `layout-base`, the one drawing feeds keep.
 */
export function layoutClass(l: LayoutWidth): string {
  return [l.narrow ? 'layout-narrow' : 'layout-wide', `layout-${l.width}`, l === LAYOUTS[0] ? 'layout-base' : ''].filter(Boolean).join(' ');
}

/**
 * The CSS that shows one drawing per container width. A page may carry only the
 * narrower drawings (see layoutsUpTo): the widest it carries stays shown past its range.
 */
export function layoutCss(): string {
  const sel = (l: LayoutWidth) => `.chart-frame > svg.layout-${l.width}`;
  const rules = [
    '.chart-frame > svg { display: none; }',
    ...LAYOUTS.map((l, i) => `${sel(l)} { max-width: ${upperBound(i)}px; }`),
    `${sel(LAYOUTS[0])} { display: block; }`,
  ];
  LAYOUTS.slice(1).forEach((l, i) =>
    rules.push(
      `@container (min-width: ${l.from}px) {`,
      `  ${sel(LAYOUTS[i])}:not(:last-of-type) { display: none; }`,
      `  ${sel(l)} { display: block; }`,
      '}',
    ),
  );
  rules.push(
    '@media print {',
    '  .chart-frame > svg { display: none !important; }',
    `  ${sel(LAYOUTS.find((l) => l.width === PRINT_WIDTH)!)} { display: block !important; max-width: none; }`,
    '}',
  );
  return rules.join('\n');
}
