/**
 * Simplified -> Traditional for the 繁體 edition, at build time only.
 *
 * OpenCC's s2tw (Taiwan standard characters, `opencc-js`), characters and
 * character-level phrases only, without Taiwan vocabulary (s2twp would turn
 * 首席执行官 into 執行長 and 软件 into 軟體): the report's words are quoted, so the
 * edition changes their script, never their wording. Latin letters, digits and
 * punctuation pass through untouched (OpenAI, GPT-4, 2.7万 -> 2.7萬).
 *
 * A per-site list of exceptions (content/editions/zh-hant.json) fixes what the
 * converter gets wrong, e.g. surnames (于, 余) it reads as words.
 */
import { Converter } from 'opencc-js';

export interface HantException {
  simplified: string;
  traditional: string;
  why: string;
}

/** The converter without exceptions: what tests compare each exception against. */
export const s2tw: (text: string) => string = Converter({ from: 'cn', to: 'tw' });

/** A converter that applies the exceptions over OpenCC's output, longest first. */
export function hantConverter(exceptions: readonly HantException[] = []): (text: string) => string {
  // Each exception is matched where OpenCC's output of its Simplified text stands.
  const fixes = exceptions
    .map((e) => ({ from: s2tw(e.simplified), to: e.traditional }))
    .filter((f) => f.from !== f.to)
    .sort((a, b) => b.from.length - a.from.length);
  if (!fixes.length) return s2tw;
  const pattern = new RegExp(fixes.map((f) => f.from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g');
  const to = new Map(fixes.map((f) => [f.from, f.to]));
  return (text) => s2tw(text).replace(pattern, (m) => to.get(m)!);
}
