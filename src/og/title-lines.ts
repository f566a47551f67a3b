/**
 * A card title set in lines by the site's own rules, since satori breaks CJK
 * between any two characters (低/调): breaks between phrases only (wrapText: never
 * inside a word, a figure with its unit or a name, no line starting with
 * punctuation), lines of even length as text-wrap: balance sets them, at most
 * maxLines; a longer title ends its last line with "…". Posters set their other
 * text with the same breaks, filled line by line (setLines).
 */
import { textWidth, wrapText } from '../charts/text.ts';

/** Estimated widths: a line rarely fills up to the last pixel. */
const room = (width: number) => width * 0.95;

/** How many lines the title takes at a size, unclamped. */
export function lineCount(title: string, px: number, width: number): number {
  return wrapText(title, px, room(width)).length;
}

/** A title: lines of even length (setLines with balance). */
export const titleLines = (title: string, px: number, width: number, maxLines: number): string[] => setLines(title, px, width, maxLines, true);

/**
 * Text in at most maxLines lines no wider than `width` (estimated), broken between phrases;
 * balanced like a title, or filled line by line like body text. A longer text ends its last line with "…".
 */
export function setLines(text: string, px: number, width: number, maxLines: number, balance = false): string[] {
  const full = room(width);
  const greedy = wrapText(text, px, full);
  if (greedy.length > maxLines) {
    const kept = greedy.slice(0, maxLines);
    let last = [...kept[maxLines - 1]];
    while (last.length && textWidth(`${last.join('')}…`, px) > full) last.pop();
    kept[maxLines - 1] = `${last.join('').replace(/[，、：；。\s]+$/u, '')}…`;
    return kept;
  }
  if (greedy.length < 2 || !balance) return greedy;
  // Balance: the narrowest measure that still sets the title in as many lines.
  let [lo, hi] = [Math.max(...greedy.map((l) => textWidth(l, px))) / greedy.length, full];
  while (hi - lo > 1) {
    const mid = (lo + hi) / 2;
    if (wrapText(text, px, mid).length <= greedy.length) hi = mid;
    else lo = mid;
  }
  return wrapText(text, px, hi);
}
