/**
 * The date of a figure, from the words of its sentence: explicit dates
 * (2023年12月, 2023年第四季度, 2023年年初), dates relative to the report's date
 * (今年, 去年, 上个月, 本月初, 近日, 4月10日) and to an earlier date of the
 * paragraph (两周之前 after 4月10日, 一个月后 after 2023年年初), each at the
 * precision the words support: 两周之前 names a month, never a made-up day.
 */
import type { RecordDate } from './types.ts';
import type { Span } from './clauses.ts';
import { RULES, type When } from './date-rules.ts';

export interface ReportDate {
  value: string;
  precision: 'day' | 'month' | 'quarter' | 'year';
}

export interface DateMention {
  text: string;
  start: number;
  end: number;
  /** Resolves against the report's date and the nearest earlier absolute date. */
  resolve(report: When | undefined, anchor: When | undefined): When | undefined;
  /** Written with its year (2023年…): needs no `relative`. */
  absolute: boolean;
  asOf: boolean;
  /** Relative to an earlier date of the paragraph (两周之前), not to the report's date. */
  anchored: boolean;
}

/** Every date mention of a paragraph, in reading order; overlapping matches keep the longest. */
export function dateMentions(paragraph: string): DateMention[] {
  const found: DateMention[] = [];
  for (const rule of RULES) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(paragraph); m; m = rule.re.exec(paragraph)) {
      const match = m;
      const asOf = paragraph.slice(Math.max(0, m.index - 2), m.index) === '截至';
      found.push({
        text: asOf ? `截至${m[0]}` : m[0],
        start: asOf ? m.index - 2 : m.index,
        end: m.index + m[0].length,
        resolve: (r, a) => rule.resolve(match, r, a),
        absolute: typeof rule.absolute === 'function' ? rule.absolute(match) : (rule.absolute ?? false),
        asOf,
        anchored: rule.anchored ?? false,
      });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  return found.filter((d, i) => !found.slice(0, i).some((o) => o.start <= d.start && d.end <= o.end && o !== d));
}

export function parseReportDate(d: ReportDate): When {
  const [y, m, day] = d.value.split('-');
  if (d.precision === 'quarter') return { year: +y, quarter: Number(m.slice(1)) };
  return { year: +y, ...(m ? { month: +m } : {}), ...(day ? { day: +day } : {}) };
}

function toRecordDate(w: When): Pick<RecordDate, 'value' | 'precision' | 'part'> {
  const p2 = (n: number) => String(n).padStart(2, '0');
  const part = w.part ? { part: w.part } : {};
  if (w.day && w.month) return { value: `${w.year}-${p2(w.month)}-${p2(w.day)}`, precision: 'day' };
  if (w.month) return { value: `${w.year}-${p2(w.month)}`, precision: 'month', ...part };
  if (w.quarter) return { value: `${w.year}-Q${w.quarter}`, precision: 'quarter', ...part };
  return { value: String(w.year), precision: 'year', ...part };
}

/**
 * 比去年, 较上月, 5月同期, 去年同期: what a figure is compared with, not when
 * it is: a figure compared with last year is of the report's time, not of last year.
 */
function isBase(paragraph: string, d: DateMention): boolean {
  return (
    /(?:比|较|相比|同比|与)$/u.test(paragraph.slice(Math.max(0, d.start - 2), d.start)) ||
    /同期$/u.test(d.text) ||
    paragraph.startsWith('同期', d.end) ||
    // 仅为两年前的一半, 是去年的两倍: the date of what the figure is a part or multiple of.
    /^的(?:近|约|超过)?(?:[\d.一二两三四五六七八九十]+倍|一半|[\d一二三四五六七八九十]+分之)/u.test(paragraph.slice(d.end))
  );
}

/**
 * The date of the figure at `at`: the nearest date mention before it in its
 * sub-sentence, else the first one after it in its clause, else missing (with
 * the comparison base named when there is one: 比去年, 去年同期 say what the
 * figure is compared with, never when it is). For a change with a value before
 * it (`fromEnd`), a date worded after that value is the change's (年初0.5元，
 * 目前已跌至0.3元 is dated 目前); one inside it is the earlier value's.
 */
export function dateOf(
  paragraph: string,
  at: number,
  scope: { subSentence: Span; clause: Span },
  published: ReportDate,
  figure?: { end: number; fromEnd?: number },
): RecordDate {
  const all = dateMentions(paragraph);
  const mentions = all.filter((d) => !isBase(paragraph, d));
  const report = parseReportDate(published);
  const fromEnd = figure?.fromEnd ?? at;
  const later = figure?.fromEnd ? mentions.filter((d) => d.start >= fromEnd && d.end <= figure.end).at(-1) : undefined;
  const before = mentions.filter((d) => d.start >= scope.subSentence.start && d.end <= at).at(-1);
  const after = mentions.find((d) => d.start >= fromEnd && d.end <= Math.max(scope.clause.end, figure?.end ?? 0));
  const mention = later ?? before ?? after;
  if (!mention) {
    // 是去年同期的近两倍: the base is not the figure's date; the figure is of the report's time, which the words do not name.
    const inClause = (d: DateMention) => d.start >= scope.clause.start && d.end <= Math.max(scope.clause.end, figure?.end ?? 0);
    const compared = all.find((d) => inClause(d) && isBase(paragraph, d));
    return { missing: compared ? `报道未写明时间，只写了比较的基期“${compared.text}”：数字为报道时的情况` : '报道未给出这一数字的时间' };
  }
  const anchor = mention.anchored ? mentions.filter((d) => d.end <= mention.start && !d.anchored).at(-1) : undefined;
  const anchorWhen = anchor?.resolve(report, undefined);
  const when = mention.resolve(report, anchorWhen);
  if (!when) return { missing: `报道写作“${mention.text}”,按报道日期无法推算` };
  return {
    ...toRecordDate(when),
    ...(mention.asOf ? { asOf: true } : {}),
    ...(mention.absolute ? {} : { relative: { text: mention.text, ...(anchor ? { anchor: anchor.text } : {}) } }),
  };
}
