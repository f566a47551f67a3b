/**
 * Reading time of Chinese text, counted in characters, not words: tools that count
 * words by spaces give one "word" per sentence of Chinese (Ghost #9507, gatsby #17988).
 */

/**
 * Characters of Chinese a minute, read silently. The figures usually cited: about 255
 * reading aloud (IReST, Trauzettel-Klosinski & Dietz 2012, IOVS 53(9)), at least 500 for
 * "一般现代文" by the end of grade 9 (教育部《义务教育语文课程标准（2022年版）》, 第四学段),
 * and about 580 for fluent adults (Tsai & McConkie 1995, moving-window study). An
 * explainer is dense with figures, names and Latin terms, so we take 450: near the 439 a
 * minute measured for adults reading expository text (王影超等 2024, 心理与行为研究 22(2)).
 */
export const CHARS_PER_MINUTE = 450;

/**
 * A Latin word or a number ("OpenAI", "GPT-4", "2.7") counts as two characters: English is
 * read silently at about 238 words a minute (Brysbaert 2019, J. Mem. Lang. 109), and
 * 450 / 238 ≈ 1.9.
 */
export const CHARS_PER_LATIN_WORD = 2;

/** Characters read one by one: Han, and kana or hangul where a name has them. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** A run of letters or digits of other scripts, joined by . - ' (Levels.fyi, GPT-4, 2.7, don't). */
const WORD = /[\p{L}\p{Nd}]+(?:[.\-'’][\p{L}\p{Nd}]+)*/gu;

/** The text's length in characters read: CJK characters plus Latin words and numbers (punctuation is not read). */
export function readingUnits(text: string): number {
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0;
  return cjk + words * CHARS_PER_LATIN_WORD;
}

/** Whole minutes to read the text, at least 1. */
export function readingMinutes(text: string): number {
  return Math.max(1, Math.round(readingUnits(text) / CHARS_PER_MINUTE));
}
