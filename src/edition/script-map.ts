/**
 * The characters of this site's text that differ between the editions, as
 * pairs, so a search page can turn a query typed in the other script into its
 * own (the index is never converted). Small: only characters the site uses.
 */

/** The counts as plain data: [Simplified, [[Traditional, count], …]], …. */
export type PairCounts = [string, [string, number][]][];

/** Counts, for each Simplified character, the Traditional ones it became in converted text. */
export class ScriptPairs {
  private counts = new Map<string, Map<string, number>>();

  /** The counts, to keep beside a cached page. */
  toJSON(): PairCounts {
    return [...this.counts].map(([s, seen]) => [s, [...seen]]);
  }

  /** Adds counts kept by toJSON (a page from the cache). */
  addCounts(data: PairCounts): void {
    for (const [s, seen] of data) {
      const mine = this.counts.get(s) ?? new Map<string, number>();
      for (const [t, n] of seen) mine.set(t, (mine.get(t) ?? 0) + n);
      this.counts.set(s, mine);
    }
  }

  /** Records the characters of one converted text; texts whose length changed are skipped (no alignment). */
  add(simplified: string, traditional: string): void {
    if (simplified === traditional) return;
    const [s, t] = [[...simplified], [...traditional]];
    if (s.length !== t.length) return;
    s.forEach((c, i) => {
      if (c === t[i]) return;
      const seen = this.counts.get(c) ?? new Map<string, number>();
      seen.set(t[i], (seen.get(t[i]) ?? 0) + 1);
      this.counts.set(c, seen);
    });
  }

  /** "简繁简繁…": each Simplified character with its most frequent Traditional one, in code point order. */
  toHant(): string {
    return [...this.counts]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([s, seen]) => s + [...seen].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0][0])
      .join('');
  }

  /** "繁简繁简…": every Traditional character met, with the Simplified one it came from. */
  toHans(): string {
    const back = new Map<string, string>();
    for (const [s, seen] of this.counts) for (const t of seen.keys()) if (!back.has(t)) back.set(t, s);
    return [...back]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([t, s]) => t + s)
      .join('');
  }
}

/** A query in the page's own script: each character of `pairs` ("fromto…") replaced. */
export function inScript(query: string, pairs: string): string {
  const chars = [...pairs];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i], chars[i + 1]);
  return [...query].map((c) => map.get(c) ?? c).join('');
}
