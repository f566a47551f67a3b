/**
 * Finds the figures written in Chinese news prose ("超2.7万名", "约合人民币290万元",
 * "三分之一", "数十万到几百万美元") and reads them as numbers with a unit and the
 * qualifier word the text puts next to them. Used to check that a dataset record
 * says what its quote says, and to find figures no record covers.
 */

/** Units a figure is normalised to. */
export const UNITS = ['USD', 'CNY', 'people', 'percent', 'share', 'times', 'weeks', 'years', 'count'] as const;
export type Unit = (typeof UNITS)[number];

/** Words that qualify a figure, as the report writes them, and what they mean. */
export const QUALIFIERS = {
  约: 'approx',
  约合: 'approx',
  大约: 'approx',
  左右: 'approx',
  近: 'nearly',
  接近: 'nearly',
  将近: 'nearly',
  超: 'over',
  超过: 'over',
  逾: 'over',
  以上: 'over',
  多达: 'upTo',
  之内: 'upTo',
  以内: 'upTo',
} as const;
export type QualifierWord = keyof typeof QUALIFIERS;
export type QualifierKind = (typeof QUALIFIERS)[QualifierWord];

/** A vague count such as 数十万: only its order of magnitude is known, [min, max). */
export interface Vague {
  text: string;
  min: number;
  max: number;
}

export interface Figure {
  /** The figure as written, qualifier included. */
  text: string;
  start: number;
  end: number;
  unit: Unit;
  /** Exact value in the unit; absent for vague figures. */
  amount?: number;
  /** Vague figures: one bound ("数百个") or a range ("数十万到几百万美元"). */
  vague?: { from: Vague; to?: Vague };
  qualifier?: QualifierWord;
}

const DIGITS: Record<string, number> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const MULTIPLIERS: Record<string, number> = { 万亿: 1e12, 亿: 1e8, 万: 1e4, 千: 1e3, 百: 1e2, 十: 10 };

/** Reads 一 … 九十九 and Arabic numerals ("2.7", "两", "十二"). */
export function readNumeral(text: string): number | undefined {
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text);
  if (!/^[零一二两三四五六七八九十]+$/.test(text)) return undefined;
  if (text === '十') return 10;
  const tens = text.indexOf('十');
  if (tens === -1) return text.length === 1 ? DIGITS[text] : undefined;
  const high = tens === 0 ? 1 : DIGITS[text.slice(0, tens)];
  const low = tens === text.length - 1 ? 0 : DIGITS[text.slice(tens + 1)];
  return high === undefined || low === undefined ? undefined : high * 10 + low;
}

const NUM = String.raw`\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3}`;
const MULT = '万亿|亿|万';
const VAGUE = String.raw`(?:数|几)(?:十|百|千)(?:万亿|亿|万)?`;
const PRE = Object.keys(QUALIFIERS)
  .filter((w) => !['以上', '之内', '以内', '左右'].includes(w))
  .sort((a, b) => b.length - a.length)
  .join('|');
const POST = '以上|之内|以内|左右';

/** Unit words and what they normalise to. Order matters: longest first. */
const UNIT_WORDS: Array<[string, Unit]> = [
  ['美元', 'USD'],
  ['美金', 'USD'],
  ['名', 'people'],
  ['人', 'people'],
  ['%', 'percent'],
  ['倍', 'times'],
  ['周', 'weeks'],
  ['年', 'years'],
  ['款', 'count'],
  ['轮', 'count'],
  ['个', 'count'],
];
/** "一个月" is not a count of one: 个 only counts after a vague numeral ("数百个"). */
const UNIT_RE = UNIT_WORDS.map(([w]) => w).filter((w) => w !== '个').join('|');
const VAGUE_UNIT_RE = UNIT_WORDS.map(([w]) => w).join('|');

function vague(text: string): Vague {
  const base = text[1] === '十' ? 10 : text[1] === '百' ? 100 : 1000;
  const mult = MULTIPLIERS[text.slice(2)] ?? 1;
  return { text, min: base * mult, max: base * 10 * mult };
}

function unitOf(word: string): Unit {
  const found = UNIT_WORDS.find(([w]) => w === word);
  if (!found) throw new Error(`unknown unit word ${word}`);
  return found[1];
}

interface Pattern {
  re: RegExp;
  read(m: RegExpExecArray): Omit<Figure, 'text' | 'start' | 'end'> | undefined;
}

const PATTERNS: Pattern[] = [
  // 约合人民币290万元
  {
    re: new RegExp(`(${PRE})?人民币(${NUM})(${MULT})?元`, 'gu'),
    read: (m) => amount(m[2], m[3], 'CNY', m[1]),
  },
  // 数十万到几百万美元
  {
    re: new RegExp(`(${VAGUE})到(${VAGUE})(${VAGUE_UNIT_RE})`, 'gu'),
    read: (m) => ({ unit: unitOf(m[3]), vague: { from: vague(m[1]), to: vague(m[2]) } }),
  },
  // 数百个
  {
    re: new RegExp(`(${VAGUE})(${VAGUE_UNIT_RE})`, 'gu'),
    read: (m) => ({ unit: unitOf(m[2]), vague: { from: vague(m[1]) } }),
  },
  // 三分之一
  {
    re: /([一二两三四五六七八九十]{1,3})分之([一二两三四五六七八九十]{1,3})/gu,
    read: (m) => {
      const whole = readNumeral(m[1]);
      const part = readNumeral(m[2]);
      return whole && part !== undefined ? { unit: 'share', amount: part / whole } : undefined;
    },
  },
  // 一半
  { re: /一半/gu, read: () => ({ unit: 'share', amount: 0.5 }) },
  // 超2.7万名, 49%, 60倍以上, 两周之内, 万人 (a bare multiplier counts one of it)
  {
    // (?<!第): "第一轮" is an ordinal, not a count.
    re: new RegExp(`(?<!第)(${PRE})?(${NUM})?(${MULT})?(${UNIT_RE})(${POST})?`, 'gu'),
    read: (m) => {
      if (!m[2] && !m[3]) return undefined;
      // "2023年" is a calendar year, checked as a date, not a duration.
      if (m[4] === '年' && /^\d{4}$/.test(m[2] ?? '')) return undefined;
      return amount(m[2], m[3], unitOf(m[4]), m[1] ?? m[5]);
    },
  },
];

function amount(num: string | undefined, mult: string | undefined, unit: Unit, qualifier?: string) {
  const base = num === undefined ? 1 : readNumeral(num);
  if (base === undefined) return undefined;
  const value = base * (mult ? MULTIPLIERS[mult] : 1);
  return {
    unit,
    amount: round(value),
    ...(qualifier ? { qualifier: qualifier as QualifierWord } : {}),
  };
}

/** Avoids 2.7 * 1e4 = 27000.000000000004. */
function round(value: number): number {
  return Number(value.toPrecision(12));
}

/**
 * All figures in `text`, in reading order. Where patterns overlap, the one that
 * starts first and reads the longest wins ("约合人民币290万元" is one CNY figure,
 * not a bare "290万").
 */
export function findFigures(text: string): Figure[] {
  const found: Figure[] = [];
  for (const { re, read } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (m[0] === '') {
        re.lastIndex++;
        continue;
      }
      const figure = read(m);
      if (figure) found.push({ text: m[0], start: m.index, end: m.index + m[0].length, ...figure });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Figure[] = [];
  for (const f of found) {
    const last = kept.at(-1);
    if (!last || f.start >= last.end) kept.push(f);
  }
  return kept;
}

/** True when two amounts are the same figure (tolerates 0.333333 for 三分之一). */
export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}
