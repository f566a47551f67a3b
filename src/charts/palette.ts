/**
 * Mark colours: a class the site's CSS maps to a theme colour (so dark mode and
 * print need no re-render; src/styles/chart-tones.css) plus the light colour as
 * a presentation attribute, so the SVG is still right where page CSS does not
 * reach (feeds, share cards). Colours come from src/styles/palette.ts.
 */
import { LIGHT } from '../styles/palette.ts';

/** Tones a chart may use, each a palette token. */
export const TONE_TOKENS = {
  c1: 'c1',
  c2: 'c2',
  c3: 'c3',
  c4: 'c4',
  other: 'c-other',
  missing: 'c-missing',
  grid: 'c-grid',
  text: 'text',
  muted: 'muted',
  bg: 'bg',
} as const;
export type Tone = keyof typeof TONE_TOKENS;

/** The light colours, for SVG presentation attributes. */
export const PALETTE = Object.fromEntries(Object.entries(TONE_TOKENS).map(([tone, token]) => [tone, LIGHT[token]])) as Record<Tone, string>;

/** Attributes for a filled shape of a tone. */
export const fill = (tone: Tone) => ({ class: `f-${tone}`, fill: PALETTE[tone] });
/** Attributes for a stroked line of a tone. */
export const stroke = (tone: Tone) => ({ class: `s-${tone}`, stroke: PALETTE[tone] });
/** Both, for outlined shapes. */
export const fillStroke = (f: Tone, s: Tone) => ({ class: `f-${f} s-${s}`, fill: PALETTE[f], stroke: PALETTE[s] });

/** Text in a tone with a background-coloured halo, readable where it crosses gridlines. */
export const haloText = (tone: Tone) => ({
  class: `f-${tone} s-bg`,
  fill: PALETTE[tone],
  stroke: PALETTE.bg,
  'stroke-width': 4,
  'stroke-linejoin': 'round',
  'paint-order': 'stroke',
});

/** The CSS rules that map tone classes to theme tokens (written to src/styles/chart-tones.css, checked by a test). */
export function toneCss(): string {
  return Object.entries(TONE_TOKENS)
    .flatMap(([tone, token]) => [
      `.f-${tone} { fill: var(--${token}); }`,
      `.s-${tone} { stroke: var(--${token}); }`,
      `.stop-${tone} { stop-color: var(--${token}); }`,
    ])
    .join('\n');
}
