/**
 * The date of a figure, from the words of its sentence: explicit dates
 * (2023年12月, 2023年第四季度, 2023年年初), dates relative to the report's date
 * (今年, 去年, 上个月, 本月初, 近日, 4月10日) and to an earlier date of the
 * paragraph (两周之前 after 4月10日, 一个月后 after 2023年年初), each at the
 * precision the words support: 两周之前 names a month, never a made-up day.
 */
import type { RecordDate } from './types.ts';
import type { Span } from './clauses.ts';

export interface ReportDate {
  value: string;
  precision: 'day' | 'month' | 'quarter' | 'year';
}

/** A point in time at a precision; month and day are 1-based. */
interface When {
  year: number;
  month?: number;
  day?: number;
  quarter?: number;
  part?: 'early' | 'late';
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

const CN: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
function num(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (text.length === 2 && text[0] === '十') return 10 + CN[text[1]];
  if (text.length === 2 && text[1] === '十') return CN[text[0]] * 10;
  if (text.length === 3 && text[1] === '十') return CN[text[0]] * 10 + CN[text[2]];
  return CN[text] ?? NaN;
}
const partOf = (w: string | undefined): When['part'] => (w && /初|上旬/.test(w) ? 'early' : w && /末|底|下旬/.test(w) ? 'late' : undefined);

const N = '[\\d一二两三四五六七八九十]{1,3}';
type Rule = { re: RegExp; absolute?: boolean; anchored?: boolean; resolve: (m: RegExpExecArray, report?: When, anchor?: When) => When | undefined };

const RULES: Rule[] = [
  { re: /(\d{4})年(\d{1,2})月(\d{1,2})日/gu, absolute: true, resolve: (m) => ({ year: +m[1], month: +m[2], day: +m[3] }) },
  { re: /(\d{4})年(\d{1,2})月(初|末|底|上旬|下旬)?/gu, absolute: true, resolve: (m) => ({ year: +m[1], month: +m[2], part: partOf(m[3]) }) },
  { re: /(\d{4})年(?:第([一二三四1-4])季度|Q([1-4]))/gu, absolute: true, resolve: (m) => ({ year: +m[1], quarter: num(m[2] ?? m[3]) }) },
  { re: /(\d{4})年(年初|初|年末|末|年底|底)?(?![\d代])/gu, absolute: true, resolve: (m) => ({ year: +m[1], part: partOf(m[2]) }) },
  {
    re: /(今年|去年|明年|前年)(?:(\d{1,2})月(?:(\d{1,2})日)?)?(初|末|底)?/gu,
    resolve: (m, r) => {
      if (!r) return undefined;
      const year = r.year + { 今年: 0, 去年: -1, 明年: 1, 前年: -2 }[m[1] as '今年']!;
      return { year, ...(m[2] ? { month: +m[2] } : {}), ...(m[3] ? { day: +m[3] } : {}), part: partOf(m[4]) };
    },
  },
  { re: /(?<![\d年])(\d{1,2})月(\d{1,2})日/gu, resolve: (m, r) => (r ? { year: r.year, month: +m[1], day: +m[2] } : undefined) },
  {
    re: /(上个月|上月|本月|这个月|当月|下个月)(初|末|底)?/gu,
    resolve: (m, r) =>
      r?.month ? shiftMonths({ year: r.year, month: r.month, part: partOf(m[2]) }, { 上个月: -1, 上月: -1, 下个月: 1 }[m[1]] ?? 0) : undefined,
  },
  {
    re: new RegExp(`(${N})(天|日|周|星期|个月|年)(?:之前|以前|前|之后|以后|后)`, 'gu'),
    anchored: true,
    resolve: (m, r, a) => {
      const base = a ?? r;
      if (!base) return undefined;
      const n = num(m[1]) * (/后/.test(m[0]) ? 1 : -1);
      if (m[2] === '年') return { year: base.year + n };
      if (!base.month) return m[2] === '个月' || Math.abs(n) < 60 ? { year: base.year } : undefined;
      if (m[2] === '个月') return shiftMonths({ year: base.year, month: base.month }, n);
      const days = m[2] === '周' || m[2] === '星期' ? n * 7 : n;
      // From a known day, count days; from a month, its middle. Either way the words give a month.
      const d = new Date(Date.UTC(base.year, base.month - 1, base.day ?? 15) + days * 86400000);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
    },
  },
  { re: /近日|日前|目前|现在|当前|如今|眼下|近期|最近/gu, resolve: (_m, r) => (r ? { ...r, day: undefined, part: undefined } : undefined) },
];

function shiftMonths(w: When & { month: number }, n: number): When {
  const i = w.year * 12 + (w.month - 1) + n;
  return { year: Math.floor(i / 12), month: (i % 12) + 1, ...(w.part ? { part: w.part } : {}) };
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
        absolute: rule.absolute ?? false,
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
 * The date of the figure at `at`: the nearest date mention before it in its
 * sub-sentence, else the first one after it in its clause, else missing.
 */
export function dateOf(paragraph: string, at: number, scope: { subSentence: Span; clause: Span }, published: ReportDate): RecordDate {
  const mentions = dateMentions(paragraph);
  const before = mentions.filter((d) => d.start >= scope.subSentence.start && d.end <= at).at(-1);
  const after = mentions.find((d) => d.start >= at && d.end <= scope.clause.end);
  const mention = before ?? after;
  if (!mention) return { missing: '报道未给出这一数字的时间' };
  const report = parseReportDate(published);
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
