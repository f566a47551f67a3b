/**
 * Number-like text that is not a figure to record: durations used as periods
 * (未来两年内, 过去一年) or as relative dates (两周之前, 5年前), calendar years,
 * ordinals, a single thing (一位, 一个), and digits inside names (GPT-4, Claude 3,
 * AI Ascent 2024, 21世纪经济报道) or dates (4月10日, 2023年Q4). Each gets the
 * reason an editor would write; what fits no rule is reported as unread.
 */
import { dimensionOf } from './registry.ts';
import { dateMentions } from './dates.ts';
import type { Span } from './clauses.ts';
import type { Figure } from './types.ts';

export type Role =
  | { kind: 'figure' }
  /** A time horizon worded around the figure; `span` is the whole phrase (未来两年内). */
  | { kind: 'period'; span: Span }
  | { kind: 'relative-date' | 'year' | 'ordinal' | 'single'; span: Span };

export const REASONS = {
  period: '时间范围,不是数据',
  'relative-date': '相对时间,不是数据',
  year: '年份,不是数据',
  ordinal: '序数,不是数据',
  single: '单个事物(一个、一位),不是数据',
  name: '名称中的数字(模型、产品或活动),不是数据',
  media: '媒体名称',
  date: '日期,不是数据',
  unread: '草稿未能读出这个数字,请编辑核对',
} as const;

/** What a figure found in the text is: a figure to record, or a period, date, ordinal … */
export function roleOf(paragraph: string, f: Figure, next?: Figure): Role {
  const q = f.quantity;
  const span = { start: f.start, end: f.end };
  if (!q || f.change) return { kind: 'figure' };
  const dim = dimensionOf(q.unit);
  if (paragraph[f.start - 1] === '第') return { kind: 'ordinal', span: { start: f.start - 1, end: f.end } };
  if (q.unit === 'years' && /^\d{4}年/.test(f.text)) return { kind: 'year', span };
  if (dim === 'duration' && !q.qualifier) {
    const after = paragraph.slice(f.end);
    const rel = /^(?:之前|以前|前|之后|以后|后)/u.exec(after);
    if (rel) return { kind: 'relative-date', span: { start: f.start, end: f.end + rel[0].length } };
    // 未来两年, 今年前8个月 (but 提前3个月 is an amount of time).
    const pre = /(?:未来|过去|今后|此后|最近|近|这|(?:今年|去年|明年|前年|本年|\d{4}年)?(?<![提此之以])(?:前|头))$/u.exec(
      paragraph.slice(0, f.start),
    );
    const post = /^(?:内|以来|来|间)/u.exec(after);
    if (pre || post) return { kind: 'period', span: { start: f.start - (pre?.[0].length ?? 0), end: f.end + (post?.[0].length ?? 0) } };
  }
  if (dim === 'count' && q.amount === 1 && !q.qualifier && f.text.startsWith('一')) return { kind: 'single', span };
  // 前15轮, 前10场: the rounds or matches a figure covers.
  const first = /(?:今年|本赛季|上赛季)?(?<![提此之以])前$/u.exec(paragraph.slice(0, f.start));
  if (first && !q.qualifier && (q.unit === 'rounds' || q.unit === 'matches'))
    return { kind: 'period', span: { start: f.start - first[0].length, end: f.end } };
  // 15轮打进了41球: the rounds another figure of the clause was reached in.
  if ((q.unit === 'rounds' || q.unit === 'matches') && next && !/[，,。；;：:！？!?]/u.test(paragraph.slice(f.end, next.start)))
    return { kind: 'period', span };
  return { kind: 'figure' };
}

export interface Leftover {
  /** Text for a notFigures entry (occurs in the paragraph). */
  text: string;
  reason: string;
  /** No rule explained it: shown to the editor as unread. */
  unread: boolean;
  start: number;
}

const MEDIA = /^\d+[\p{Script=Han}]{0,8}?(?:报道|日报|时报|晚报|早报|商报|新闻|财经|周刊|杂志|电视台)/u;

/** The clause around `at`, or a short window of it when the clause is long. */
function around(paragraph: string, clause: Span, start: number, end: number): string {
  if (clause.end - clause.start <= 40) return paragraph.slice(clause.start, clause.end);
  return paragraph.slice(Math.max(clause.start, start - 8), Math.min(clause.end, end + 8)).trim();
}

/**
 * Arabic digits of the paragraph outside every covered span (record quotes,
 * figures already placed), each explained: a name, a media name, a date, or unread.
 */
export function leftoverDigits(paragraph: string, covered: Span[], clauseAt: (i: number) => Span): Leftover[] {
  const out: Leftover[] = [];
  const inCover = (s: number, e: number) => covered.some((c) => c.start <= s && e <= c.end);
  const dates = dateMentions(paragraph);
  for (const m of paragraph.matchAll(/\d+(?:\.\d+)?/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inCover(start, end) || out.some((o) => o.start <= start && end <= o.start + o.text.length)) continue;
    const clause = clauseAt(start);
    const date = dates.find((d) => d.start <= start && end <= d.end);
    const quarter = /^\d{4}年Q\d/.test(paragraph.slice(start - 6 > 0 ? start - 6 : 0, end)) || paragraph[start - 1] === 'Q';
    let left = start;
    while (left > 0 && /[A-Za-z0-9.\- ]/.test(paragraph[left - 1])) left--;
    let right = end;
    while (right < paragraph.length && /[A-Za-z0-9.\-]/.test(paragraph[right])) right++;
    const token = paragraph.slice(left, right).trim();
    const media = MEDIA.exec(paragraph.slice(start));
    if (date || quarter) {
      const text = around(paragraph, clause, date?.start ?? start, date?.end ?? end);
      out.push({ text, reason: REASONS.date, unread: false, start: paragraph.indexOf(text, clause.start) });
    } else if (/[A-Za-z]/.test(token)) {
      out.push({ text: token, reason: REASONS.name, unread: false, start: paragraph.indexOf(token, left) });
    } else if (media) {
      out.push({ text: media[0], reason: REASONS.media, unread: false, start });
    } else {
      const text = around(paragraph, clause, start, end);
      out.push({ text, reason: REASONS.unread, unread: true, start: paragraph.indexOf(text, clause.start) });
    }
  }
  return out;
}
