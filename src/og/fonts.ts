/**
 * Font data for the two renderers: satori takes buffers, resvg (for chart text)
 * takes file paths and cannot read WOFF, so subsets are unpacked to TTF once,
 * kept in memory and, for resvg, on disk under the cache folder.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { FONT_VERSION, selectSubsets, subsetsOf, type Script, type Subset, type Weight } from './subsets.ts';
import { woffToSfnt } from './woff.ts';
import { writeFileAtomic } from '../io/atomic-write.ts';

/** Text that no Noto Sans SC subset can draw. */
export class OgFontError extends Error {
  readonly chars: string[];
  constructor(chars: string[], where: string) {
    const list = chars.map((c) => `"${c}" (U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ');
    super(`${where}: Noto Sans SC has no glyph for ${list}. Fix: write the text without these characters (the OG image would show empty boxes).`);
    this.chars = chars;
  }
}

/** What a card draws in place of a character no subset covers: the geta mark, the typesetter's sign for a missing glyph. */
export const MISSING_GLYPH = '\u3013';

const hex = (c: string) => [...c].map((x) => `U+${x.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');
const graphemes = new Intl.Segmenter('zh', { granularity: 'grapheme' });

/**
 * The text with every character (grapheme: an emoji with its joiners counts as
 * one) that no subset of the weight can draw replaced by MISSING_GLYPH, and the
 * characters replaced. Any text the report may hold can be drawn this way.
 */
export function drawable(text: string, weight: Weight, script: Script = 'sc'): { text: string; replaced: string[] } {
  const { missing } = selectSubsets(text, weight, subsetsOf(weight, script));
  if (missing.length === 0) return { text, replaced: [] };
  const bad = new Set(missing);
  const replaced: string[] = [];
  let out = '';
  for (const { segment } of graphemes.segment(text)) {
    if ([...segment].some((c) => bad.has(c))) {
      replaced.push(segment);
      out += MISSING_GLYPH;
    } else out += segment;
  }
  return { text: out, replaced };
}

/** The characters as a warning names them: "𠮷" (U+20BB7). */
const listed = (chars: string[]) => [...new Set(chars)].map((c) => `"${c}" (${hex(c)})`).join(', ');

/** A warning line for characters a card drew as MISSING_GLYPH. */
export const replacedWarning = (where: string, replaced: string[]) =>
  `${where}: Noto Sans SC has no glyph for ${listed(replaced)}; the share card shows ${MISSING_GLYPH} in its place (the page keeps the text as written).`;

/** The build's warning for a card: the image, the files its text came from, the characters, and what to do. */
export const missingGlyphWarning = (image: string, sources: string[], replaced: string[]) =>
  `${image}: the share-card font (Noto Sans SC) has no glyph for ${listed(replaced)}, from text in ${[...new Set(sources)].join(', ')}; the card shows ${MISSING_GLYPH} in its place and the pages keep the text as written. Nothing to fix unless the card should read otherwise: then reword that text.`;

/** Each subset gets its own family, so satori looks for a glyph in every one of them. */
export const familyOf = (s: Subset) => `Noto Sans ${s.script.toUpperCase()} ${s.id}`;

/** The subsets a drawing needs and the family names satori knows them by (each subset its own family). */
export function fontsForText(textByWeight: Partial<Record<Weight, string>>, where: string, script: Script = 'sc') {
  const subsets = subsetsFor(textByWeight, where, script);
  // satori takes a glyph from the first family that has it: Traditional forms before the Simplified fallbacks.
  const ordered = [...subsets.filter((s) => s.script === 'tc'), ...subsets.filter((s) => s.script === 'sc')];
  return { subsets, families: [...new Set(ordered.map(familyOf))] };
}

/** Subsets for texts drawn at each weight; throws OgFontError on characters none covers. */
export function subsetsFor(textByWeight: Partial<Record<Weight, string>>, where = 'OG image', script: Script = 'sc'): Subset[] {
  return Object.entries(textByWeight).flatMap(([w, text]) => {
    const { subsets, missing } = selectSubsets(text ?? '', Number(w) as Weight, subsetsOf(Number(w) as Weight, script));
    if (missing.length) throw new OgFontError(missing, where);
    return subsets;
  });
}

/**
 * Without GSUB: each subset keeps ligature rules (fi, fl) whose glyphs the
 * subsetting left out, and resvg then draws the whole run as empty boxes
 * (measured with "Inflection"). Chinese needs no substitutions here.
 */
const DROP = ['GSUB'];

const ttfs = new Map<string, Buffer>();
export function ttf(s: Subset): Buffer {
  if (!ttfs.has(s.file)) ttfs.set(s.file, woffToSfnt(readFileSync(s.file), DROP));
  return ttfs.get(s.file)!;
}

export function satoriFonts(subsets: Subset[]) {
  return subsets.map((s) => ({ name: familyOf(s), data: ttf(s), weight: s.weight, style: 'normal' as const }));
}

/** TTF path of a subset for resvg, written once per package version. */
export function ttfFile(s: Subset, cacheDir: string): string {
  const dir = join(cacheDir, `fonts-${FONT_VERSION}-no-${DROP.join('-')}`);
  const file = join(dir, basename(s.file, '.woff') + '.ttf');
  // Atomic: a parallel build or worker never reads half a font.
  if (!existsSync(file)) writeFileAtomic(file, ttf(s));
  return file;
}
