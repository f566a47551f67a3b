/**
 * Open Graph images: 1200×630 PNG cards with Chinese titles, drawn at build time.
 *
 *   await renderOgImage({ title, kicker, footer, chartSvg?, colors? })  // -> PNG Buffer, cached
 *   ogImagePath('article', report, slug)  // -> "/og/<report>/<slug>.png" under the base
 *
 * The endpoint src/pages/og/[...path].png.ts writes one per home, series and article page.
 */
export { renderOgImage, ogStats, type RenderOptions } from './render.ts';
export { ogInputSchema, type OgInput } from './input.ts';
export { ogImagePath, ogImageParam, type OgKind } from './paths.ts';
export { OgFontError } from './fonts.ts';
export { OG_WIDTH, OG_HEIGHT, THEME } from './card.ts';
