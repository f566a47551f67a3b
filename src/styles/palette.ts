/**
 * The site's colours, in one place. The CSS custom properties of both themes
 * (src/styles/global.css, checked against this file by tests/unit/styles/palette.test.ts),
 * the light colours SVG charts carry for feeds and cards without page CSS
 * (src/charts/palette.ts) and the share-card theme (src/og/card.ts) all come
 * from here. Contrast: text ≥ 4.5:1, chart marks ≥ 3:1, c1/c2 distinct under
 * colour-vision deficiencies (all checked by the test).
 */

export const TOKENS = [
  'bg',
  'bg-soft',
  'text',
  'muted',
  'rule',
  'link',
  'focus',
  'error',
  'mark-bg',
  'mark-rule',
  'c1',
  'c2',
  'c3',
  'c4',
  'c-other',
  'c-missing',
  'c-grid',
] as const;
export type Token = (typeof TOKENS)[number];

export const LIGHT: Readonly<Record<Token, string>> = Object.freeze({
  bg: '#fbfaf7',
  'bg-soft': '#f1efe9',
  text: '#1b1b1b',
  muted: '#595959',
  rule: '#d9d5cc',
  link: '#0a58a8',
  // The focus ring in the accent (link) colour; errors keep the red.
  focus: '#0a58a8',
  error: '#b3261e',
  'mark-bg': '#fff0b3',
  'mark-rule': '#b8860b',
  c1: '#0072b2',
  c2: '#c25000',
  c3: '#008060',
  c4: '#a8508a',
  /** Entities past the four hues: a neutral that still reads as a mark (3:1). */
  'c-other': '#767676',
  'c-missing': '#6b6b6b',
  'c-grid': '#e3dfd6',
});

export const DARK: Readonly<Record<Token, string>> = Object.freeze({
  bg: '#15171a',
  'bg-soft': '#1f2226',
  text: '#e9e7e3',
  muted: '#a9a6a0',
  rule: '#3a3d42',
  link: '#8cc2ff',
  focus: '#8cc2ff',
  error: '#ff8a80',
  'mark-bg': '#4a3d00',
  'mark-rule': '#e0b84a',
  c1: '#56b4e9',
  c2: '#f0a030',
  c3: '#3ccfa0',
  c4: '#e08cc8',
  'c-other': '#8f8f8f',
  'c-missing': '#9a9a9a',
  'c-grid': '#2c2f34',
});

/** The CSS declarations of a theme, as global.css writes them (`--c1: #0072b2;`). */
export const cssDeclarations = (theme: Readonly<Record<Token, string>>) => TOKENS.map((k) => `--${k}: ${theme[k]};`);

/** Share cards are light: drawn once, shown in any feed. The chart stands on a white panel, set off from the paper. */
export const CARD_THEME = Object.freeze({
  paper: LIGHT.bg,
  ink: LIGHT.text,
  accent: LIGHT.link,
  muted: LIGHT.muted,
  rule: LIGHT.rule,
  panel: '#ffffff',
});
