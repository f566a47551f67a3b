/**
 * The words that date a figure, one rule each: explicit dates (2023年12月,
 * 2023年第四季度, 2024年上半年, 2024赛季), dates relative to the report's date
 * (今年, 去年同期, 上个月, 年初, 5月份, 上周末, 近日, 4月10日) and to an
 * earlier date of the paragraph (两周之前, 一个月后), each resolved at the
 * precision the words support.
 */

/** A point in time at a precision; month and day are 1-based. */
export interface When {
  year: number;
  month?: number;
  day?: number;
  quarter?: number;
  part?: 'early' | 'late';
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

const YEAR_SHIFT: Record<string, number> = { 今年: 0, 去年: -1, 明年: 1, 前年: -2 };

const N = '[\\d一二两三四五六七八九十]{1,3}';
export type Rule = {
  re: RegExp;
  absolute?: boolean | ((m: RegExpExecArray) => boolean);
  anchored?: boolean;
  resolve: (m: RegExpExecArray, report?: When, anchor?: When) => When | undefined;
};

export const RULES: Rule[] = [
  { re: /(\d{4})年(\d{1,2})月(\d{1,2})日/gu, absolute: true, resolve: (m) => ({ year: +m[1], month: +m[2], day: +m[3] }) },
  { re: /(\d{4})年(\d{1,2})月(初|末|底|上旬|下旬)?/gu, absolute: true, resolve: (m) => ({ year: +m[1], month: +m[2], part: partOf(m[3]) }) },
  { re: /(\d{4})年(?:第([一二三四1-4])季度|Q([1-4]))/gu, absolute: true, resolve: (m) => ({ year: +m[1], quarter: num(m[2] ?? m[3]) }) },
  { re: /(\d{4})年(年初|初|年末|末|年底|底)?(?![\d代])/gu, absolute: true, resolve: (m) => ({ year: +m[1], part: partOf(m[2]) }) },
  { re: /(\d{4})(?:赛季|年度|财年)/gu, absolute: true, resolve: (m) => ({ year: +m[1] }) },
  // 2024年上半年, 今年前三季度: the year is the date; the half or quarters are its period.
  {
    re: /(?:(\d{4})年|(今年|去年|明年|前年))?(?:上半年|下半年|前三季度)/gu,
    absolute: (m) => m[1] !== undefined,
    resolve: (m, r) => (m[1] ? { year: +m[1] } : r ? { year: r.year + (YEAR_SHIFT[m[2]] ?? 0) } : undefined),
  },
  {
    re: /(今年|去年|明年|前年)(?:(\d{1,2})月(?:(\d{1,2})日)?)?(?:年?(初|末|底))?/gu,
    resolve: (m, r) => {
      if (!r) return undefined;
      const year = r.year + YEAR_SHIFT[m[1]];
      return { year, ...(m[2] ? { month: +m[2] } : {}), ...(m[3] ? { day: +m[3] } : {}), part: partOf(m[4]) };
    },
  },
  { re: /(?<![\d年])(\d{1,2})月(\d{1,2})日/gu, resolve: (m, r) => (r ? { year: yearOf(r, +m[1], +m[2]), month: +m[1], day: +m[2] } : undefined) },
  // 5月份, 6月上半月, 6月中旬: the latest such month not after the report (12月 in a January report is last December).
  {
    re: /(?<![\d年.])(\d{1,2})月(?:份)?(初|中旬|上旬|下旬|末|底|上半月|下半月)?(?![\d日])/gu,
    resolve: (m, r) => (r && +m[1] >= 1 && +m[1] <= 12 ? { year: yearOf(r, +m[1]), month: +m[1], part: partOf(m[2]) } : undefined),
  },
  // 上周末: the week before the report's date, to the month.
  {
    re: /(上周|上个星期|本周|这周)末?/gu,
    resolve: (m, r) => {
      if (!r?.month) return undefined;
      const d = new Date(Date.UTC(r.year, r.month - 1, r.day ?? 15) - (/上/.test(m[1]) ? 7 : 0) * 86400000);
      return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
    },
  },
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
  { re: /(?:去年|上年)同期|上年/gu, resolve: (_m, r) => (r ? { year: r.year - 1 } : undefined) },
  // 年初, 年底 without a year: the report's year.
  { re: /(?<![\d今去明前年])年(初|末|底)/gu, resolve: (m, r) => (r ? { year: r.year, part: partOf(m[1]) } : undefined) },
  { re: /近日|日前|目前|现在|当前|如今|眼下|近期|最近/gu, resolve: (_m, r) => (r ? { ...r, day: undefined, part: undefined } : undefined) },
];

/** The year of a month (and day) written without one: the latest not after the report's date. */
function yearOf(r: When, month: number, day?: number): number {
  if (!r.month) return r.year;
  const later = month > r.month || (month === r.month && day !== undefined && r.day !== undefined && day > r.day);
  return later ? r.year - 1 : r.year;
}

function shiftMonths(w: When & { month: number }, n: number): When {
  const i = w.year * 12 + (w.month - 1) + n;
  return { year: Math.floor(i / 12), month: (i % 12) + 1, ...(w.part ? { part: w.part } : {}) };
}
