/**
 * Mark colours: a class the site's CSS maps to a theme colour (so dark mode and
 * print need no re-render) plus the light colour as a presentation attribute,
 * so the SVG is still right where page CSS does not reach (feeds, OG images).
 */
export const PALETTE = {
  c1: '#0072b2',
  c2: '#c25000',
  c3: '#008060',
  c4: '#a8508a',
  missing: '#6b6b6b',
  grid: '#e3dfd6',
  text: '#1b1b1b',
  muted: '#595959',
  bg: '#fbfaf7',
} as const;

export type Tone = keyof typeof PALETTE;

/** Attributes for a filled shape of a tone. */
export const fill = (tone: Tone) => ({ class: `f-${tone}`, fill: PALETTE[tone] });
/** Attributes for a stroked line of a tone. */
export const stroke = (tone: Tone) => ({ class: `s-${tone}`, stroke: PALETTE[tone] });

/** Text in a tone with a background-coloured halo, readable where it crosses gridlines. */
export const haloText = (tone: Tone) => ({
  class: `f-${tone} s-bg`,
  fill: PALETTE[tone],
  stroke: PALETTE.bg,
  'stroke-width': 4,
  'stroke-linejoin': 'round',
  'paint-order': 'stroke',
});
