/**
 * Noto Sans SC (and TC, for the 繁體 edition's images) come from @fontsource as
 * ~100 files per weight, each covering a unicode-range listed in the package's
 * CSS. We read those ranges from the CSS (they change between package versions)
 * and pick the few files a text needs.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Weight = 400 | 700;
/** Which glyph forms: Simplified (SC) or Traditional (TC, the 繁體 edition's, as its pages' fonts). */
export type Script = 'sc' | 'tc';

export interface Subset {
  /** "118", "latin", ...: unique within a weight and script. */
  id: string;
  script: Script;
  weight: Weight;
  /** Absolute path of the subset's .woff file. */
  file: string;
  /** Inclusive code point ranges, as the CSS lists them. */
  ranges: [number, number][];
}

const PACKAGES: Record<Script, string> = { sc: '@fontsource/noto-sans-sc', tc: '@fontsource/noto-sans-tc' };
const PACKAGE = PACKAGES.sc;
const dirOf = (script: Script) => dirname(createRequire(import.meta.url).resolve(`${PACKAGES[script]}/400.css`));
export const FONT_DIR = dirOf('sc');
const versionIn = (script: Script): string => JSON.parse(readFileSync(join(dirOf(script), 'package.json'), 'utf8')).version;
/** The fonts' versions, for cache keys. */
export const FONT_VERSION = `${versionIn('sc')}+tc@${versionIn('tc')}`;

/** "U+4e00-4e2d", "U+20", "U+4??" -> [from, to]. */
function parseRange(token: string): [number, number] {
  const m = /^U\+([0-9a-f?]+)(?:-([0-9a-f]+))?$/i.exec(token.trim());
  if (!m) throw new Error(`${PACKAGE}: cannot read unicode-range "${token}"`);
  const [from, to] = m[2] ? [m[1], m[2]] : [m[1].replace(/\?/g, '0'), m[1].replace(/\?/g, 'f')];
  return [parseInt(from, 16), parseInt(to, 16)];
}

/** The @font-face rules of one weight, from the package's `<weight>.css`. */
export function parseSubsets(css: string, weight: Weight, script: Script = 'sc', dir = dirOf(script)): Subset[] {
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
    const woff = /url\(\.\/files\/([^)]+)\.woff\)/.exec(body)?.[1];
    const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
    if (!woff || !range) throw new Error(`${PACKAGES[script]}/${weight}.css: a @font-face without a .woff file or unicode-range`);
    const id = woff.replace(/^noto-sans-(sc|tc)-/, '').replace(/-\d+-normal$/, '');
    return { id, script, weight, file: join(dir, 'files', `${woff}.woff`), ranges: range.split(',').map(parseRange) };
  });
}

const lists = new Map<string, Subset[]>();
/**
 * The subsets of a weight. For TC, the SC ones come first: a character the
 * Traditional font lacks (a mainland-only form in a name) is still drawn, and
 * every other one from TC, since a later subset wins (selectSubsets).
 */
export function subsetsOf(weight: Weight, script: Script = 'sc'): Subset[] {
  const key = `${script}${weight}`;
  if (!lists.has(key)) {
    const own = (s: Script) => parseSubsets(readFileSync(join(dirOf(s), `${weight}.css`), 'utf8'), weight, s);
    lists.set(key, script === 'sc' ? own('sc') : [...subsetsOf(weight, 'sc'), ...own('tc')]);
  }
  return lists.get(key)!;
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
  const chosen = new Set([all.findLast((s) => s.id === 'latin')].filter((s) => s !== undefined));
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
