/**
 * Numerals as Chinese prose writes them: Arabic digits with a multiplier (2.7万,
 * 1.2万亿, 1,200), Chinese numerals (两, 十二, 三千二百, 一百零五亿) and the
 * rounding that keeps 2.7 × 10⁴ exactly 27000. The figure scanner (figures.ts)
 * reads numbers through these.
 */
const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
export const CN_CHARS = new Set([...Object.keys(DIGITS), '十', '百', '千', '万', '亿']);
/** Multipliers written after Arabic digits (2.7万, 5千万, 1.2万亿). */
export const MULTIPLIERS: Record<string, number> = {
  十: 10,
  百: 100,
  千: 1e3,
  万: 1e4,
  十万: 1e5,
  百万: 1e6,
  千万: 1e7,
  亿: 1e8,
  十亿: 1e9,
  百亿: 1e10,
  千亿: 1e11,
  万亿: 1e12,
};

/** Below 万: 三千二百, 一百零五, 十二, 百. */
function readSmall(s: string): number | undefined {
  let total = 0;
  let digit: number | undefined;
  let last = Infinity;
  let zero = false;
  for (const ch of s) {
    if (ch in DIGITS) {
      if (digit !== undefined) return undefined; // 一二 is not a number
      if (DIGITS[ch] === 0) zero = true;
      else digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      const u = SMALL_UNITS[ch];
      if (u >= last) return undefined;
      if (digit === undefined) {
        if (total !== 0 || zero) return undefined; // 十二 and 百 alone, not 三百十
        digit = 1;
      }
      total += digit * u;
      digit = undefined;
      last = u;
      zero = false;
    } else return undefined;
  }
  return total + (digit ?? 0);
}

/** 三十万, 两千万, 万, 一百零五亿. */
export function readChinese(s: string): number | undefined {
  for (const [mark, factor] of [
    ['亿', 1e8],
    ['万', 1e4],
  ] as const) {
    const at = s.indexOf(mark);
    if (at === -1) continue;
    const high = at === 0 ? 1 : readChinese(s.slice(0, at));
    const low = readChinese(s.slice(at + 1)) ?? undefined;
    if (high === undefined || (at + 1 < s.length && low === undefined)) return undefined;
    return high * factor + (low ?? 0);
  }
  return readSmall(s);
}

/** Reads a numeral: "2.7", "1,200", "两", "十二", "三十万", "2.7万". */
export function readNumeral(text: string): number | undefined {
  const m = /^(\d+(?:,\d{3})*(?:\.\d+)?)(.*)$/u.exec(text);
  if (m) {
    const mult = m[2] === '' ? 1 : MULTIPLIERS[m[2]];
    return mult === undefined ? undefined : round(Number(m[1].replace(/,/g, '')) * mult);
  }
  if (text === '' || ![...text].every((c) => CN_CHARS.has(c))) return undefined;
  return readChinese(text);
}

/** Avoids 2.7 * 1e4 = 27000.000000000004. */
export const round = (value: number) => Number(value.toPrecision(12));
/** Shares are stored to six decimals (三分之一 = 0.333333). */
export const roundShare = (value: number) => Number(value.toFixed(6));
