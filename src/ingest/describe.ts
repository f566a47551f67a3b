/** A meta description cut at a sentence boundary, never mid-sentence unless one sentence is too long. */
import { sentences } from '../lib/sentences.ts';

export const DESCRIPTION_MAX = 120;

export function describe(paragraphs: string[], max = DESCRIPTION_MAX): string {
  const all = paragraphs
    .flatMap(sentences)
    .map((s) => s.trim())
    .filter(Boolean);
  let out = '';
  for (const s of all) {
    if ([...(out + s)].length > max) break;
    out += s;
  }
  if (out) return out;
  // The first sentence alone is too long: cut at the last clause break that fits.
  const first = [...(all[0] ?? '')];
  const cut = first.slice(0, max - 1).join('');
  const clause = Math.max(...['，', ',', '；', ';', '：', ':', '、'].map((c) => cut.lastIndexOf(c)));
  return (clause > max / 3 ? cut.slice(0, clause) : cut) + '…';
}
