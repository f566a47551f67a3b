/**
 * Which Pagefind results count as hits, and where to mark them. Pagefind finds
 * nearly every page that contains a Chinese query, but its index (jieba) and the
 * browser (Intl.Segmenter) cut words differently, so it also returns pages that
 * merely share characters (英伟达 finds pages with 英 and 达; Pagefind #1237).
 * Readers expect plain containment, so a result is kept when its text contains
 * - every space-separated part of the query as typed (an exact hit), or, when
 *   no page has that, every word of it (亚马逊裁员 -> 亚马逊 + 裁员).
 */

export interface Query {
  /** The query's space-separated parts, as typed. */
  parts: string[];
  /** Its words as the browser segments them. */
  words: string[];
}

/** Case- and width-insensitive form for comparing (ＡＩ = AI = ai, ， = ,). */
export const fold = (s: string) => s.normalize('NFKC').toLowerCase();

export function parseQuery(q: string): Query {
  const parts = q.trim().split(/\s+/).filter(Boolean);
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  const words = parts.flatMap((p) => [...segmenter.segment(p)].filter((s) => s.isWordLike).map((s) => s.segment));
  return { parts, words: [...new Set(words)] };
}

const containsAll = (text: string, needles: string[]) => needles.every((n) => fold(text).includes(fold(n)));

/** The results that contain the query, in Pagefind's order, and the strings to mark in them. */
export function pickHits<T extends { content: string }>(results: T[], query: Query): { hits: T[]; exact: boolean; needles: string[] } {
  const exact = results.filter((r) => containsAll(r.content, query.parts));
  if (exact.length || !query.words.length) return { hits: exact, exact: true, needles: query.parts };
  return { hits: results.filter((r) => containsAll(r.content, query.words)), exact: false, needles: query.words };
}

export interface Piece {
  text: string;
  mark: boolean;
}

/** text cut into marked and unmarked pieces (for <mark>, built as DOM nodes, never as HTML). */
export function marks(text: string, needles: string[]): Piece[] {
  const sorted = [...needles].filter(Boolean).sort((a, b) => b.length - a.length);
  const pieces: Piece[] = [];
  let plain = '';
  for (let i = 0; i < text.length;) {
    const hit = sorted.find((n) => fold(text.slice(i, i + n.length)) === fold(n));
    if (!hit) {
      plain += text[i++];
      continue;
    }
    if (plain) pieces.push({ text: plain, mark: false });
    pieces.push({ text: text.slice(i, i + hit.length), mark: true });
    plain = '';
    i += hit.length;
  }
  if (plain) pieces.push({ text: plain, mark: false });
  return pieces;
}

/** About `radius` characters either side of the first needle in text, with … where cut. */
export function excerptAround(text: string, needles: string[], radius = 40): string {
  const folded = fold(text);
  const at = Math.min(...needles.map((n) => folded.indexOf(fold(n))).filter((i) => i >= 0), text.length);
  const start = Math.max(0, (at === text.length ? 0 : at) - radius);
  const end = Math.min(text.length, start + radius * 2 + 10);
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}

/** The excerpt, plus a short window for each needle it lacks, so every word of the query shows. */
export function coverAll(excerpt: string, text: string, needles: string[]): string {
  const missing = needles.filter((n) => !fold(excerpt).includes(fold(n)) && fold(text).includes(fold(n)));
  return [excerpt, ...missing.map((n) => excerptAround(text, [n], 15))].join(' ');
}

/**
 * Pagefind's text as a reader should see it: without its word separators (U+200B)
 * and escapes, and with a middle dot where it joins blocks with ". " (要点. 亚马逊…),
 * nothing where such a join is cut off.
 */
export const plainText = (s: string) =>
  s
    .replace(/\u200B/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\. (?=\S)/g, ' · ')
    .replace(/\.(?=…|$)/g, '');
