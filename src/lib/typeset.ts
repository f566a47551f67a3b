/**
 * Chinese punctuation in Chinese context: the report's half-width , : ; ! ? ( )
 * beside Chinese text become ， ： ； ！ ？ （ ）, as Chinese newspapers set them.
 * Latin-only runs keep theirs (Hello, world; 1,000; 10:30; URLs), and so do
 * dots and hyphens everywhere (GPT-4, Levels.fyi, 2.7万).
 *
 * Every change replaces one UTF-16 unit by one, so offsets and line numbers of
 * the typeset text are those of the original, and the rule is idempotent.
 */

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '!': '！', '?': '？', '(': '（', ')': '）' };
const HALF: Record<string, string> = Object.fromEntries(Object.entries(FULL).map(([h, f]) => [f, h]));

/** Han, kana, hangul, CJK punctuation and full-width forms: what makes a neighbour Chinese. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF01-\uFF60\uFE30-\uFE4F]/u;
/** Looked through when finding a mark's neighbour: spaces and quotation marks belong to either script. */
const SEE_THROUGH = /[ \t\u00A0“”‘’"'「」『』]/;
const URL = /\b(?:https?:\/\/|www\.)[^\s\p{Script=Han}，。；：！？（）“”]+/giu;

const isCjk = (c: string | undefined) => c !== undefined && CJK.test(c);

/** The nearest character on one side that decides the script, or undefined at the text's edge. */
function neighbour(chars: string[], i: number, step: 1 | -1): string | undefined {
  for (let j = i + step; j >= 0 && j < chars.length; j += step) {
    if (chars[j] === '\n') return undefined;
    if (!SEE_THROUGH.test(chars[j])) return chars[j];
  }
  return undefined;
}

/** Digits on both sides: a thousands separator (1,000) or a time or ratio (10:30, 16:9). */
const betweenDigits = (chars: string[], i: number) => /\d/.test(chars[i - 1] ?? '') && /\d/.test(chars[i + 1] ?? '');

/** Index pairs of matching ASCII parentheses on one line; unmatched ones are left out. */
function parenPairs(chars: string[], frozen: boolean[]): [number, number][] {
  const pairs: [number, number][] = [];
  const open: number[] = [];
  chars.forEach((c, i) => {
    if (frozen[i]) return;
    if (c === '\n') open.length = 0;
    else if (c === '(') open.push(i);
    else if (c === ')' && open.length) pairs.push([open.pop()!, i]);
  });
  return pairs;
}

/** The text with its ASCII , : ; ! ? ( ) set full-width wherever they stand beside Chinese. */
export function typeset(text: string): string {
  // One array slot per UTF-16 unit, so offsets stay those of the input.
  const chars = text.split('');
  const frozen = chars.map(() => false);
  for (const m of text.matchAll(URL)) for (let i = m.index; i < m.index + m[0].length; i++) frozen[i] = true;

  // Parentheses go as pairs: Chinese beside either one, outside or inside, makes both full-width.
  const pairs = parenPairs(chars, frozen);
  const paired = new Set(pairs.flat());
  // Converting a mark can make its neighbour's context Chinese (Knight),其 → ）, → ），), so repeat until stable.
  for (let changed = true; changed;) {
    changed = false;
    for (const [a, b] of pairs) {
      if (chars[a] !== '(') continue;
      const sides = [neighbour(chars, a, -1), neighbour(chars, a, 1), neighbour(chars, b, -1), neighbour(chars, b, 1)];
      if (sides.some(isCjk)) [chars[a], chars[b], changed] = ['（', '）', true];
    }
    chars.forEach((c, i) => {
      if (frozen[i] || !(c in FULL) || paired.has(i) || betweenDigits(chars, i)) return;
      if (isCjk(neighbour(chars, i, -1)) || isCjk(neighbour(chars, i, 1))) [chars[i], changed] = [FULL[c], true];
    });
  }
  return chars.join('');
}

/** Folds the marks typeset() changes back to ASCII: equal folds mean "the same words, maybe typeset". */
export function foldWidth(text: string): string {
  return text.replace(/[，：；！？（）]/g, (c) => HALF[c]);
}

/**
 * A piece of the report (a quote, a name) typeset as it stands in the report,
 * so it is found in the typeset report even where its edge marks take their
 * context from outside the piece. Pieces not in the report are typeset alone.
 */
export function pieceTypesetter(report: string): (piece: string) => string {
  const folded = foldWidth(report);
  const set = typeset(report);
  return (piece) => {
    const at = piece === '' ? -1 : folded.indexOf(foldWidth(piece));
    return at === -1 ? typeset(piece) : set.slice(at, at + piece.length);
  };
}
