/**
 * One colour per company across the whole site: the same company has the same
 * hue in every chart of every report. Hues go to the companies of the oldest
 * report first (most charted records first, then first appearance), then to
 * companies of later reports while hues are left; a new report never changes an
 * earlier assignment. Everyone else is the neutral tone.
 */
import type { Tone } from './palette.ts';
import { entityOf, type ChartRecord } from './record.ts';

export const ENTITY_HUES: readonly Tone[] = ['c1', 'c2', 'c3', 'c4'];

export interface ChartedReport {
  /** Publication date as an ISO prefix (sorts correctly), e.g. "2024-04". */
  published: string;
  /** The records its charts plot, in chart order (a record may appear twice). */
  records: ChartRecord[];
}

export type EntityTones = ReadonlyMap<string, Tone>;

export function assignEntityTones(reports: ChartedReport[]): EntityTones {
  const tones = new Map<string, Tone>();
  const ordered = [...reports].sort((a, b) => a.published.localeCompare(b.published));
  for (const report of ordered) {
    const counts = new Map<string, number>();
    for (const r of report.records) {
      const e = entityOf(r);
      if (e) counts.set(e, (counts.get(e) ?? 0) + 1);
    }
    // Map iteration order is first appearance; the sort is stable.
    const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([e]) => e);
    for (const e of ranked) {
      if (tones.has(e)) continue;
      const free = ENTITY_HUES.find((h) => ![...tones.values()].includes(h));
      if (!free) break;
      tones.set(e, free);
    }
  }
  return tones;
}

/** The tone of a record: its company's hue, the neutral tone for other companies, `fallback` when it names none. */
export function toneOf(r: ChartRecord, tones: EntityTones | undefined, fallback: Tone): Tone {
  const e = entityOf(r);
  if (!e || !tones) return fallback;
  return tones.get(e) ?? 'other';
}
