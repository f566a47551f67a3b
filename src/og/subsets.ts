/**
 * Noto Sans SC comes from @fontsource as ~100 files per weight, each covering a
 * unicode-range listed in the package's CSS. We read those ranges from the CSS
 * (they change between package versions) and pick the few files a text needs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Weight = 400 | 700;

export interface Subset {
  /** "118", "latin", ...: unique within a weight. */
  id: string;
  weight: Weight;
  /** Absolute path of the subset's .woff file. */
  file: string;
  /** Inclusive code point ranges, as the CSS lists them. */
  ranges: [number, number][];
}

const PACKAGE = '@fontsource/noto-sans-sc';
export const FONT_DIR = dirname(createRequire(import.meta.url).resolve(`${PACKAGE}/400.css`));
export const FONT_VERSION: string = JSON.parse(readFileSync(join(FONT_DIR, 'package.json'), 'utf8')).version;

/** "U+4e00-4e2d", "U+20", "U+4??" -> [from, to]. */
function parseRange(token: string): [number, number] {
  const m = /^U\+([0-9a-f?]+)(?:-([0-9a-f]+))?$/i.exec(token.trim());
  if (!m) throw new Error(`${PACKAGE}: cannot read unicode-range "${token}"`);
  const [from, to] = m[2] ? [m[1], m[2]] : [m[1].replace(/\?/g, '0'), m[1].replace(/\?/g, 'f')];
  return [parseInt(from, 16), parseInt(to, 16)];
}

/** The @font-face rules of one weight, from the package's `<weight>.css`. */
export function parseSubsets(css: string, weight: Weight): Subset[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const woff = /url\(\.\/files\/([^)]+)\.woff\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!woff || !range) throw new Error(`${PACKAGE}/${weight}.css: a @font-face without a .woff file or unicode-range`);
    const id = woff.replace(/^noto-sans-sc-/, '').replace(/-\d+-normal$/, '');
    return { id, weight, file: join(FONT_DIR, 'files', `${woff}.woff`), ranges: range.split(',').map(parseRange) };
  });
}

const byWeight = new Map<Weight, Subset[]>();
export function subsetsOf(weight: Weight): Subset[] {
  if (!byWeight.has(weight)) byWeight.set(weight, parseSubsets(readFileSync(join(FONT_DIR, `${weight}.css`), 'utf8'), weight));
  return byWeight.get(weight)!;
}

export const covers = (s: Subset, cp: number) => s.ranges.some(([a, b]) => cp >= a && cp <= b);

/** The subset that draws a code point (null: none), per list of subsets. */
const coverMemo = new WeakMap<Subset[], Map<number, Subset | null>>();

export interface Selection {
  subsets: Subset[];
  /** Characters no subset covers: they would be drawn as tofu or not at all. */
  missing: string[];
}

/**
 * The subsets that draw `text`, always with the Latin one (digits, Latin letters,
 * the ellipsis). Like a browser, a later @font-face wins where ranges overlap
 * (the CJK files also carry ASCII; the Latin file's is the proper one).
 */
export function selectSubsets(text: string, weight: Weight, all = subsetsOf(weight)): Selection {
  const chosen = new Set(all.filter((s) => s.id === 'latin'));
  const missing = new Set<string>();
  // A build asks for the same characters thousands of times; each lookup scans ~100 subsets' ranges.
  let memo = coverMemo.get(all);
  if (!memo) coverMemo.set(all, (memo = new Map()));
  for (const ch of new Set(text)) {
    const cp = ch.codePointAt(0)!;
    let s = memo.get(cp);
    if (s === undefined) memo.set(cp, (s = all.findLast((x) => covers(x, cp)) ?? null));
    if (s) chosen.add(s);
    else if (!/\s/u.test(ch)) missing.add(ch);
  }
  return { subsets: all.filter((s) => chosen.has(s)), missing: [...missing] };
}
