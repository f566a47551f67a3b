/**
 * A figure that continues a sentence often names only its subject and borrows
 * the measure of the figure before it: 南方省份…比例为8.6%，北方省份则达到9.1%
 * (北方省份 measures 流感样病例占比 too); 接种率不足4%，远低于发达国家40%至60%的水平
 * (发达国家流感疫苗接种率); 比例为8.6%，比前一周上升了1.2个百分点 (that 比例's 增幅).
 * Pure: the label's words and those of the earlier records of the sub-sentence.
 */

/** An earlier record of the same sub-sentence, as labelled. */
export interface Sibling {
  label: string;
  kind: 'value' | 'level' | 'by';
  dimension: string;
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const words = (s: string) => [...segmenter.segment(s)].map((w) => w.segment);

/** 远低于发达国家…的水平: the subject the figure is the level of (发达国家), or undefined. */
export function levelOf(label: string): string | undefined {
  return /^(?:远|明显|略|大幅|均)?(?:低于|高于|超过|不及|相当于|接近|好于|优于|落后于|领先于)(.{2,8}?)(?:的)?水平$/u.exec(label)?.[1];
}

/** Only a subject (北方省份, 上海): short, at most three words, and not ending in the sibling's measure. */
export function subjectOnly(label: string, sibling: string): boolean {
  const n = [...label].length;
  return n >= 2 && n <= 6 && words(label).length <= 3 && label.slice(-2) !== sibling.slice(-2) && !sibling.startsWith(label);
}

/**
 * The sibling's measure, for another subject: the part of the sibling after
 * the words it shares with the subject's end (南方省份|流感样病例… for 北方省份),
 * else after its first word (我国|流感疫苗接种率 for 发达国家). Undefined when nothing is left.
 */
export function measureOf(sibling: string, subject: string): string | undefined {
  const bounds = new Set<number>();
  let at = 0;
  for (const w of words(sibling)) bounds.add((at += w.length));
  for (let k = Math.min(subject.length, sibling.length - 1); k >= 1; k--) {
    const p = sibling.indexOf(subject.slice(-k));
    if (p !== -1 && bounds.has(p + k) && p + k < sibling.length) return sibling.slice(p + k);
  }
  const first = words(sibling)[0];
  return first && first.length < sibling.length && words(sibling).length >= 2 ? sibling.slice(first.length) : undefined;
}

/**
 * The label with the measure of the nearest earlier value of the same
 * dimension, where it names only a subject and its clause `continues` the
 * sentence (北方省份则达到…, 上海也有…), or is the level of another subject (远低于…水平).
 */
export function borrowMeasure(label: string, dimension: string, siblings: Sibling[], continues: boolean): string {
  const level = levelOf(label);
  const sibling = siblings.filter((s) => s.kind === 'value' && s.dimension === dimension).at(-1);
  if (!sibling) return level ? `${level}水平` : label;
  const subject = level ?? (continues && subjectOnly(label, sibling.label) ? label : undefined);
  const measure = subject && measureOf(sibling.label, subject);
  return measure ? subject + measure : level ? `${level}水平` : label;
}
