/**
 * Dates at the precision the report gives them: "2024-04-10" (day), "2024-03"
 * (month), "2023-Q4" (quarter), "2023" (year); optionally the early or late part
 * of that period (年初, 月末). A date is an interval, never a made-up day.
 */

export const PRECISIONS = ['day', 'month', 'quarter', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];
export type Part = 'early' | 'late';

export interface PartialDate {
  value: string;
  precision: Precision;
  part?: Part;
}

const FORMATS: Record<Precision, RegExp> = {
  day: /^(\d{4})-(\d{2})-(\d{2})$/,
  month: /^(\d{4})-(\d{2})$/,
  quarter: /^(\d{4})-Q([1-4])$/,
  year: /^(\d{4})$/,
};

/** Which precision a value is written in, or undefined if none. */
export function precisionOf(value: string): Precision | undefined {
  return PRECISIONS.find((p) => FORMATS[p].test(value) && isRealDate(value, p));
}

function isRealDate(value: string, precision: Precision): boolean {
  const m = FORMATS[precision].exec(value)!;
  if (precision === 'month' || precision === 'day') {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return false;
  }
  if (precision === 'day') {
    const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
    return d.getUTCDate() === Number(m[3]);
  }
  return true;
}

/** The interval [start, end) a partial date covers, in UTC. */
export function interval({ value, precision, part }: PartialDate): [Date, Date] {
  const m = FORMATS[precision].exec(value);
  if (!m) throw new Error(`"${value}" is not a ${precision}`);
  const y = Number(m[1]);
  let start: Date;
  let end: Date;
  if (precision === 'day') {
    start = new Date(Date.UTC(y, Number(m[2]) - 1, Number(m[3])));
    end = new Date(Date.UTC(y, Number(m[2]) - 1, Number(m[3]) + 1));
  } else if (precision === 'month') {
    start = new Date(Date.UTC(y, Number(m[2]) - 1, 1));
    end = new Date(Date.UTC(y, Number(m[2]), 1));
  } else if (precision === 'quarter') {
    start = new Date(Date.UTC(y, (Number(m[2]) - 1) * 3, 1));
    end = new Date(Date.UTC(y, Number(m[2]) * 3, 1));
  } else {
    start = new Date(Date.UTC(y, 0, 1));
    end = new Date(Date.UTC(y + 1, 0, 1));
  }
  if (part) {
    // The first or last third of the period: wide enough to be honest about 年初/月末.
    const third = (end.getTime() - start.getTime()) / 3;
    if (part === 'early') end = new Date(start.getTime() + third);
    else start = new Date(end.getTime() - third);
  }
  return [start, end];
}

const QUARTERS = ['一', '二', '三', '四'];

/** Chinese label at the date's own precision: 2024年4月10日, 2024年3月, 2023年第四季度, 2023年初. */
export function dateLabel({ value, precision, part }: PartialDate): string {
  const m = FORMATS[precision].exec(value);
  if (!m) throw new Error(`"${value}" is not a ${precision}`);
  const y = `${Number(m[1])}年`;
  const suffix = part === 'early' ? '初' : part === 'late' ? '末' : '';
  if (precision === 'year') return y + suffix;
  if (precision === 'quarter') return `${y}第${QUARTERS[Number(m[2]) - 1]}季度${suffix}`;
  if (precision === 'month') return `${y}${Number(m[2])}月${suffix}`;
  return `${y}${Number(m[2])}月${Number(m[3])}日`;
}

/** ISO 8601 for machines (datetime attributes, JSON-LD): as precise as the date is. */
export function isoDate({ value, precision }: PartialDate): string {
  if (precision !== 'quarter') return value;
  const [y, q] = value.split('-Q');
  return `${y}-${String((Number(q) - 1) * 3 + 1).padStart(2, '0')}`;
}
