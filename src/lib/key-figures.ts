/**
 * 数说: the two to four figures an article leads with, before its text. Figures the
 * report gives as a number (a missing, vague or changing figure needs a sentence, not
 * a big number); those its own charts plot first, then the others; a part is left to
 * its whole when both are cited; one figure per label. Shown in reading order.
 */
import type { RecordShape } from './record-shape.ts';

export interface KeyFigureCandidate<R> {
  record: R;
  /** The sentence it comes from, on this page. */
  anchor: string;
}

type Figure = Pick<RecordShape, 'id' | 'label' | 'value'> & { partOf?: string };

export const KEY_FIGURES = { min: 2, max: 4 } as const;

export function keyFigures<R extends Figure>(cited: KeyFigureCandidate<R>[], plotted: ReadonlySet<string>): KeyFigureCandidate<R>[] {
  const ids = new Set(cited.map((c) => c.record.id));
  const given = cited.filter(({ record: r }) => r.value?.amount != null && r.value.missing === undefined && !(r.partOf && ids.has(r.partOf)));
  const ordered = [...given.filter((c) => plotted.has(c.record.id)), ...given.filter((c) => !plotted.has(c.record.id))];
  const seen = new Set<string>();
  const picked = new Set(ordered.filter((c) => !seen.has(c.record.label) && seen.add(c.record.label)).slice(0, KEY_FIGURES.max));
  return picked.size >= KEY_FIGURES.min ? cited.filter((c) => picked.has(c)) : [];
}
