/**
 * Colours as readers see them, in both themes: text at least 4.5:1 against its
 * background, marks at least 3:1, chart colours distinct for colour-blind
 * readers too. Read from the CSS tokens themselves, so a change there is checked.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lab, rgb } from 'd3-color';
import { CARD_THEME, DARK, LIGHT, TOKENS, cssDeclarations } from '../../../src/styles/palette.ts';
import { THEME } from '../../../src/og/card.ts';

const css = readFileSync('src/styles/global.css', 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2].toLowerCase()]));
}
const cssLight = tokens(css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {'))));
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const cssDark = { ...cssLight, ...tokens(css.slice(darkStart, css.indexOf('}', css.indexOf(':root {', darkStart)))) };
const light: Record<string, string> = { ...LIGHT };
const dark: Record<string, string> = { ...DARK };

function luminance(hex: string): number {
  const { r, g, b } = rgb(hex);
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** Viénot–Brettel–Mollon simulation of dichromacy, in linear RGB. */
const CVD = {
  protanopia: [0.11238, 0.88762, 0, 0.11238, 0.88762, 0, 0.00401, -0.00401, 1],
  deuteranopia: [0.29275, 0.70725, 0, 0.29275, 0.70725, 0, -0.02234, 0.02234, 1],
  tritanopia: [1, 0.14461, -0.14461, 0, 0.85924, 0.14076, 0, 0.85924, 0.14076],
};
function simulate(hex: string, m: number[]): string {
  const c = rgb(hex);
  const lin = [c.r, c.g, c.b].map((v) => ((v /= 255) <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const out = [0, 1, 2].map((i) => m[i * 3] * lin[0] + m[i * 3 + 1] * lin[1] + m[i * 3 + 2] * lin[2]);
  const srgb = out.map((v) => 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * Math.max(0, v) ** (1 / 2.4) - 0.055));
  return rgb(srgb[0], srgb[1], srgb[2]).formatHex();
}
const deltaE = (a: string, b: string) => {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p.l - q.l, p.a - q.a, p.b - q.b);
};

describe.each([
  ['light', light],
  ['dark', dark],
])('%s theme', (_, theme) => {
  it('has text at least 4.5:1 on every background it sits on', () => {
    for (const fg of ['text', 'muted', 'link', 'focus'])
      for (const bg of ['bg', 'bg-soft']) expect(contrast(theme[fg], theme[bg]), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    expect(contrast(theme.text, theme['mark-bg']), 'highlighted sentence').toBeGreaterThanOrEqual(4.5);
    expect(contrast(theme.c3, theme.bg), 'copy confirmation').toBeGreaterThanOrEqual(4.5);
  });

  it('has chart marks at least 3:1 against the background', () => {
    for (const c of ['c1', 'c2', 'c3', 'c4', 'c-other', 'c-missing']) expect(contrast(theme[c], theme.bg), c).toBeGreaterThanOrEqual(3);
  });

  it('keeps the two main series distinct for colour-blind readers', () => {
    for (const [kind, m] of Object.entries(CVD)) expect(deltaE(simulate(theme.c1, m), simulate(theme.c2, m)), kind).toBeGreaterThan(20);
  });
});

describe('one palette source (src/styles/palette.ts)', () => {
  it.each([
    ['light', LIGHT, cssLight],
    ['dark', DARK, cssDark],
  ] as const)('is what global.css declares for the %s theme', (_, theme, declared) => {
    for (const k of TOKENS) expect(declared[k], `global.css should say: ${cssDeclarations(theme)[TOKENS.indexOf(k)]}`).toBe(theme[k]);
  });

  it('is the share cards’ theme', () => {
    expect(THEME).toBe(CARD_THEME);
    expect(THEME.muted).toBe(LIGHT.muted);
  });
});
