/**
 * 要点: an article's figures in a few lines, from the dataset records it cites,
 * each with the sentence it comes from. The page's list (KeyPoints.astro) and the
 * share poster word them alike.
 */
import { dateText, equivalentWords, valueWords } from '../lib/record-words.ts';
import type { DataRecord } from '../schemas/record.ts';

export interface KeyPoint {
  record: DataRecord;
  /** The cited sentence's anchor in the article. */
  anchor: string;
  /** What follows the label: the value, its conversion and its date, as the list shows them. */
  words: string;
}

/**
 * Figures only; a tranche is left to its cumulative total when both are cited.
 * Figures the report gives come first, undisclosed ones only if there is room;
 * reading order within each.
 */
export function keyPoints(citations: { record: string; anchor: string }[], record: (id: string) => DataRecord | undefined, limit = 6): KeyPoint[] {
  const ids = new Set(citations.map((c) => c.record));
  const points = citations
    .map((c) => ({ record: record(c.record)!, anchor: c.anchor }))
    .filter(({ record }) => (record.value || record.change) && !(record.partOf && ids.has(record.partOf)));
  const isMissing = (p: (typeof points)[number]) => p.record.value?.missing !== undefined;
  return [...points.filter((p) => !isMissing(p)), ...points.filter(isMissing)].slice(0, limit).map((p) => {
    const cny = equivalentWords(p.record);
    return { ...p, words: `${valueWords(p.record)}${cny ? `（${cny}）` : ''}${p.record.date.value ? `，${dateText(p.record)}` : ''}` };
  });
}

/** One point as one line of text: "label：words". */
export const keyPointText = (p: KeyPoint) => `${p.record.label}：${p.words}`;
