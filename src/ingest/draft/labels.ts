/**
 * A short Chinese label for a record: the noun phrase that names what the
 * figure measures, made from the words of its clause. The figures, dates,
 * periods and attributions are taken out; what stands before the figure is the
 * measure (电解液的价格从… → 电解液价格), trimmed of the verbs and adverbs that
 * lead to the figure (达到, 则普遍, 同比); a noun after it (规模为7.8吉瓦时的储能订单,
 * 超过50家储能相关企业) is what is counted. A change by an amount is its 增幅 or
 * 降幅; a clause without a subject borrows the subject of its sub-sentence's lead
 * clause (已裁掉超2.7万名员工 → 亚马逊裁掉员工). An editor will often improve it;
 * it only has to be readable and true.
 */
import type { Span } from './clauses.ts';
import { borrowMeasure, type Sibling } from './sibling-labels.ts';
import { ADVERBS, ARTICLE, BEFORE_CUT, LEADING, SPENDS, SUBJECT_ENDS, SUBJECTLESS, TO_FIGURE, TRAILING } from './label-words.ts';

export const MAX_LABEL = 28;

export interface LabelInput {
  paragraph: string;
  clause: Span;
  /** The figure itself (for a change, all of it). */
  figure: Span;
  /** The first clause of the sub-sentence that says who acts, when it is not `clause`. */
  lead?: Span;
  /** The lead opens a topic (尤其是OpenAI): its subject always leads the label. */
  topic?: boolean;
  /** Spans of the paragraph to leave out: figures, dates, periods, attributions. */
  cut: Span[];
  /** A plain value, a change to a level (从…降至…), or a change by an amount (增长三成). */
  kind: 'value' | 'level' | 'by';
  direction?: 'up' | 'down';
  /** The dimension of the figure's unit (count, duration, currency …). */
  dimension: string;
  /** A change to a level with no value before it (增至600多趟). */
  toOnly?: boolean;
  /** Earlier records of the same sub-sentence, whose measure a continuing clause may share. */
  siblings?: Sibling[];
}

/** More or less than the figure before (比去年多了): no measure of its own. */
const DIFFERENCE = /^(?:多|少|增加|减少|高|低|高出|低了|多出|增|减)$/u;
/** A daily or per-head mean of the figure before (日均约1.9亿人次). */
const MEAN = /^(?:日均|月均|年均|人均|户均|平均|单日)$/u;
/** A clause that goes on with the sentence's measure for another subject: 北方省份则达到, 上海也有. */
const CONTINUES = /^[^，。]{2,8}?(?:则|也|亦|同样|而)/u;

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const han = (c: string | undefined) => c !== undefined && /\p{Script=Han}/u.test(c);

/** The span with the given spans removed, as plain text. */
function strip(paragraph: string, span: Span, dropped: Span[]): string {
  let out = '';
  const inside = (i: number, spans: Span[]) => spans.some((s) => s.start <= i && i < s.end);
  for (let i = span.start; i < span.end; i++) {
    if (inside(i, dropped)) {
      out = out.replace(BEFORE_CUT, '');
      while (i + 1 < span.end && inside(i + 1, dropped)) i++;
      if (paragraph[i + 1] === '的' && !inside(i + 2, dropped)) i++;
      continue;
    }
    out += paragraph[i];
  }
  return out;
}

/** Drops brackets, quote marks, empty adverbs and 的 between words (headline style: 电解液价格). */
function tidy(text: string): string {
  let t = text
    .replace(/[(（][^)）]*[)）]/gu, '')
    .replace(/[“”‘’"「」]/gu, '')
    .replace(/在(.+?)的基础上/u, '$1')
    // 按可比口径, 按目前的价格: how it is counted, not what.
    .replace(/按[^，,。]{0,8}?(?:口径|计算|测算|价格)(?:计算)?/gu, '')
    .replace(/(?:比|较)(?:上一?个?|去|前一?)(?:赛季|年度?|个?月|季度|周|期)|同期|同比|环比/gu, '')
    // Digits of figures the draft could not read (11胜3平1负); names keep theirs (U21, GPT-4).
    .replace(/(?<![A-Za-z\d.\-\s])\d+(?:\.\d+)?[\p{Script=Han}]?/gu, '')
    .replace(/了(?!解)/gu, '')
    .replace(ARTICLE, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const words = [...segmenter.segment(t)].map((s) => s.segment);
  // A one-character adverb only before a word of its own (微软|将|投资, not 中标|均|价).
  const empty = (w: string, i: number) => ADVERBS.has(w) && (w.length > 1 || (words[i + 1]?.length ?? 0) > 1);
  t = words.filter((w, i) => !empty(w, i) && !(w === '的' && han(words[i - 1]?.at(-1)) && han(words[i + 1]?.[0]))).join('');
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = t.replace(LEADING, '').replace(TRAILING, '').replace(ARTICLE, '').trim();
  }
  return t;
}

/** What stands before a figure, without the words that lead to it. */
function measure(text: string): string {
  let t = tidy(text);
  for (let prev = ''; prev !== t;) {
    prev = t;
    t = tidy(t.replace(TO_FIGURE, ''));
  }
  return t;
}

/** Who or what acts in the lead clause: its words up to the first preposition, auxiliary or verb of speech. */
function subjectOf(text: string): string {
  let subject = '';
  // 我国每千名儿童拥有的儿科医生数量: a rate's base (每千名儿童拥有的) is not who acts.
  const raw = text
    .replace(/[(（][^)）]*[)）]/gu, '')
    .replace(/[“”‘’"「」]/gu, '')
    .replace(/每[^，,。的]{1,12}?的/u, '');
  for (const { segment } of segmenter.segment(raw)) {
    if (SUBJECT_ENDS.has(segment)) break;
    subject += segment;
  }
  subject = measure(subject);
  return [...subject].length <= 16 && !/方面$/u.test(subject) ? subject : '';
}

/** Shortens at a word boundary so the label never ends in half a word. */
export function shorten(text: string, max = MAX_LABEL): string {
  if ([...text].length <= max) return text;
  let out = '';
  for (const { segment } of segmenter.segment(text)) {
    if ([...(out + segment)].length > max) break;
    out += segment;
  }
  return out.replace(TRAILING, '') || [...text].slice(0, max).join('');
}

/** What the figure counts or qualifies when a noun follows it: 的储能订单, 50家储能相关企业. */
function nounAfter(input: LabelInput): string {
  const { paragraph, figure, clause, cut, dimension } = input;
  const after = strip(paragraph, { start: figure.end, end: clause.end }, cut);
  if (after.startsWith('的')) return tidy(after.slice(1));
  // 2000亩小麦: the area of what is grown or built on it.
  const first = [...segmenter.segment(after)][0]?.segment ?? '';
  if (dimension === 'area' && /^\p{Script=Han}{2,}$/u.test(first)) return `${first}面积`;
  // 2.7万名员工, 3000亿元保障性住房再贷款, not 1万人以专注于…; 16支球队的总身价 counts 球队.
  const counted = after.indexOf('的');
  if (
    (dimension === 'count' || dimension === 'currency') &&
    /^[\p{Script=Han}A-Za-z]/u.test(after) &&
    !/^[以用来在于到至从向对后前之和与及并而]/u.test(after)
  )
    return tidy(counted > 0 ? after.slice(0, counted) : after);
  return '';
}

export function labelFrom(input: LabelInput): string {
  const { paragraph, clause, figure, lead, cut, kind, dimension } = input;
  const raw = strip(paragraph, { start: clause.start, end: figure.start }, cut).trim();
  const before = measure(raw);
  const noun = kind === 'value' ? nounAfter(input) : '';
  let label: string;
  // 成立不足5年的新进入者 → 新进入者成立年限.
  if (noun && dimension === 'duration') label = `${noun}${before}${/年/.test(paragraph.slice(figure.start, figure.end)) ? '年限' : '时长'}`;
  else if (!noun && SPENDS.test(before)) label = before + tidy(strip(paragraph, { start: figure.end, end: clause.end }, cut));
  // 首次置业的买家占了三分之一 → 首次置业买家占比.
  else if (!noun && /占(?:了|据)?$/u.test(raw) && (dimension === 'percent' || dimension === 'share')) label = `${before}占比`;
  else {
    // 规模为7.8吉瓦时的储能订单 → 储能订单规模.
    const size = noun ? /(?:规模|金额|总额|价值|容量|总量)$/u.exec(before)?.[0] : undefined;
    label = size ? before.slice(0, -size.length) + noun + size : before + noun;
  }
  // 两周之内就要定归属: no measure before or after, so what happens within it.
  if (!label && kind === 'value')
    label = tidy(strip(paragraph, { start: figure.end, end: clause.end }, cut)) + (dimension === 'duration' ? '时间' : '');
  // Borrow a subject only where the clause has none: it starts with an adverb or a comparison (已裁掉, 比上月增加), or is a bare word (降幅).
  // 机收率, 亩产: a short measure of its own is no missing subject.
  const subjectless = !before || SUBJECTLESS.test(raw) || [...before].length <= 2 || ([...before].length === 3 && !/[率价量额产]$/u.test(before));
  if (lead && (subjectless || input.topic)) {
    const subject = subjectOf(strip(paragraph, lead, cut));
    if (subject && !label.startsWith(subject)) label = subject + label;
  }
  const siblings = input.siblings ?? [];
  const earlier = siblings.filter((s) => s.kind === 'value').at(-1);
  const same = siblings.filter((s) => s.kind === 'value' && s.dimension === dimension).at(-1);
  // 比前一周上升了1.2个百分点: a change by an amount with no measure of its own is that of the value before it.
  if (kind === 'by' && !before && earlier) label = earlier.label;
  // 比去年多了近50公斤, 日均约1.9亿人次: more of, or the daily mean of, the figure before it.
  else if (kind === 'value' && same && !noun && DIFFERENCE.test(before)) label = `${same.label}${/[少低减]/u.test(before) ? '减少' : '增加'}`;
  else if (kind === 'value' && same && !noun && MEAN.test(before)) label = `${same.label.replace(/^(.*?)(?:累计|总)/u, '$1')}${before}`;
  // 仅为两年前的一半: a share or multiple of what the figure before it measures.
  else if (kind === 'value' && earlier && !before && !noun && (dimension === 'share' || dimension === 'multiple'))
    label = `${earlier.label}${dimension === 'share' ? '比例' : '倍数'}`;
  else if (kind === 'value') label = borrowMeasure(label, dimension, siblings, CONTINUES.test(raw));
  // 节前高峰时增至600多趟: a level reached by what the figure before measures.
  else if (kind === 'level' && input.toOnly) label = borrowMeasure(label, dimension, siblings, true);
  // Nothing names it: the clause's own words, so that a label is never empty.
  if (!label) label = tidy(strip(paragraph, clause, cut));
  if (kind === 'by') label = `${label.replace(/[增降]幅$/u, '')}${input.direction === 'down' ? '降幅' : '增幅'}`;
  return shorten(label);
}
