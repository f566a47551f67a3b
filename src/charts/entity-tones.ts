/**
 * Colour means company, and only company. A company keeps one hue in every chart
 * of every report, and within a report each hue is one company: a reader never
 * meets one colour for two companies in a report. Hues go out report by report,
 * oldest first (most charted records first, then first appearance): a company
 * takes the first hue no company of any report it appears in has. So a later
 * report on other companies gets hues of its own, and adding a report never
 * changes a company's hue. Companies past the four hues of a report, and figures
 * about no company, are the neutral tone: colour never stands for a category
 * that a label says better.
 */
import type { Tone } from './palette.ts';
import { entityOf, type ChartRecord } from './record.ts';

export const ENTITY_HUES: readonly Tone[] = ['c1', 'c2', 'c3', 'c4'];
/** Other companies, and figures about none. */
export const NEUTRAL: Tone = 'other';

export interface ChartedReport {
  /** Publication date as an ISO prefix (sorts correctly), e.g. "2024-04". */
  published: string;
  /** The records its charts plot, in chart order (a record may appear twice). */
  records: ChartRecord[];
}

export type EntityTones = ReadonlyMap<string, Tone>;

const entitiesOf = (records: ChartRecord[]) => records.map(entityOf).filter((e): e is string => Boolean(e));

export function assignEntityTones(reports: ChartedReport[]): EntityTones {
  const tones = new Map<string, Tone>();
  const ordered = [...reports].sort((a, b) => a.published.localeCompare(b.published));
  const companies = ordered.map((r) => new Set(entitiesOf(r.records)));
  for (const report of ordered) {
    const counts = new Map<string, number>();
    for (const e of entitiesOf(report.records)) counts.set(e, (counts.get(e) ?? 0) + 1);
    // Map iteration order is first appearance; the sort is stable.
    const ranked = [...counts].sort((a, b) => b[1] - a[1]).map(([e]) => e);
    for (const e of ranked) {
      if (tones.has(e)) continue;
      const taken = new Set(companies.filter((c) => c.has(e)).flatMap((c) => [...c].map((other) => tones.get(other))));
      const free = ENTITY_HUES.find((h) => !taken.has(h));
      if (free) tones.set(e, free);
    }
  }
  return tones;
}

/** The tone of a record: its company's hue, else the neutral tone. */
export function toneOf(r: ChartRecord, tones: EntityTones | undefined): Tone {
  const e = entityOf(r);
  return (e && tones?.get(e)) || NEUTRAL;
}
