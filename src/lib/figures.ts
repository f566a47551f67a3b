/**
 * Finds the figures written in Chinese prose and reads each as a quantity in a
 * registry unit (超2.7万名, 约合人民币290万元, 1.2万兆瓦时, 七成以上, 三分之一,
 * 6到9个月, 数十万到几百万美元, 每吨1.2万元) or as a change (从每吨1.2万元降至
 * 8000元左右, 增长超过一倍, 下降了3个百分点). Calendar years (2023年), dates
 * (4月10日), relative times (两周之前, 5年前), ordinals (第一轮) and the article
 * 一 before a measure word (一位, 一家) are not figures.
 *
 * A hand-written scanner rather than one regular expression: a number is read
 * lazily (三千瓦时 is 3 千瓦时, not 3000 瓦时), each unit word has its guards, and
 * at every position the longest reading wins.
 */
import { qualifiersAt, type QualifierWord } from './qualifiers.ts';
import { VAGUE_WORD, type Change, type Direction, type Quantity } from './quantity.ts';
import { UNIT_IDS, WORD_SCALE, family, perUnits, priceUnit, unit as unitOf, type Dimension } from './units.ts';

export interface Figure {
  /** As written, qualifier included. */
  text: string;
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  /** A plain figure (amount / range / vague). */
  quantity?: Quantity;
  /** A change: from → to, or by how much. */
  change?: Change;
}

// ——— numerals ———

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
const CN_CHARS = new Set([...Object.keys(DIGITS), '十', '百', '千', '万', '亿']);
/** Multipliers written after Arabic digits (2.7万, 5千万, 1.2万亿). */
const MULTIPLIERS: Record<string, number> = {
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
function readChinese(s: string): number | undefined {
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
const round = (value: number) => Number(value.toPrecision(12));
/** Shares are stored to six decimals (三分之一 = 0.333333). */
const roundShare = (value: number) => Number(value.toFixed(6));

interface Num {
  value: number;
  end: number;
  text: string;
  arabic: boolean;
  /** 多 or 余 inside the figure (300多家, 2万余人). */
  inside?: QualifierWord;
  /** A multiplier was written (万, 亿), so 3-5万 can lend it to 3. */
  mult: number;
}

const isAsciiAlnum = (c: string | undefined) => c !== undefined && /[0-9A-Za-z.]/.test(c);
const ARABIC = /\d+(?:,\d{3}(?!\d))*(?:\.\d+)?/y;
const INSIDE = ['多', '余'] as const;

/** Every way to read a number starting at i, shortest first (so a unit can begin with 千). */
function numbersAt(text: string, i: number, afterSeparator = false): Num[] {
  const prev = afterSeparator ? undefined : text[i - 1];
  const out: Num[] = [];
  ARABIC.lastIndex = i;
  const m = ARABIC.exec(text);
  if (m) {
    // Not the tail of a number or a name: 2023 → 023, GPT-4, Q4.
    if (isAsciiAlnum(prev) || prev === '第' || (prev === '-' && /[0-9A-Za-z]/.test(text[i - 2] ?? ''))) return [];
    const base = Number(m[0].replace(/,/g, ''));
    let j = i + m[0].length;
    let inside: QualifierWord | undefined;
    if ((INSIDE as readonly string[]).includes(text[j])) inside = text[j++] as QualifierWord;
    out.push({ value: base, end: j, text: text.slice(i, j), arabic: true, inside, mult: 1 });
    for (let k = 1; k <= 3 && '十百千万亿'.includes(text[j + k - 1] ?? '#'); k++) {
      const mult = MULTIPLIERS[text.slice(j, j + k)];
      if (mult === undefined) continue;
      let end = j + k;
      let ins = inside;
      if (!ins && (INSIDE as readonly string[]).includes(text[end])) ins = text[end++] as QualifierWord;
      out.push({ value: round(base * mult), end, text: text.slice(i, end), arabic: true, inside: ins, mult });
    }
    return out;
  }
  if (!CN_CHARS.has(text[i]) || (prev !== undefined && CN_CHARS.has(prev)) || prev === '第') return [];
  let run = i;
  while (run < text.length && CN_CHARS.has(text[run])) run++;
  for (let end = i + 1; end <= run; end++) {
    const s = text.slice(i, end);
    const value = readChinese(s);
    if (value === undefined || (s.length > 1 && /^[零〇]/.test(s))) continue;
    let e = end;
    let inside: QualifierWord | undefined;
    if ((INSIDE as readonly string[]).includes(text[e])) inside = text[e++] as QualifierWord;
    const mult = /亿/.test(s) ? 1e8 : /万/.test(s) ? 1e4 : 1;
    out.push({ value, end: e, text: text.slice(i, e), arabic: false, inside, mult });
  }
  return out;
}

// ——— unit words ———

interface UnitWord {
  word: string;
  id: string;
  dimension: Dimension;
}

const WORDS: UnitWord[] = UNIT_IDS.flatMap((id) => unitOf(id).words.map((word) => ({ word, id, dimension: unitOf(id).dimension }))).sort(
  (a, b) => b.word.length - a.word.length,
);

/** Characters after a unit word that show it is part of another word (人民币, 成为, 周年 …). */
const NOT_AFTER: Record<string, RegExp> = {
  人: /^民/,
  成: /^(?:[为员本立功交果绩就熟型品]|不变)/,
  周: /^[年岁]/,
  年: /^[代级龄]/,
  位: /^数/,
  名: /^[字义单称]/,
  瓦: /^[解片房]/,
  天: /^[然下]/,
  元: /^[素宇旦]/,
};

function unitWordAt(text: string, j: number, num: Num): { id: string; end: number; scale: number } | undefined {
  for (const w of WORDS) {
    if (!text.startsWith(w.word, j)) continue;
    const end = j + w.word.length;
    const rest = text.slice(end, end + 2);
    if (NOT_AFTER[w.word]?.test(rest)) continue;
    if (/^[A-Za-z]/.test(w.word) && /^[A-Za-z]/.test(rest)) continue;
    // 百度, 一度: 度 only after digits or before 电.
    if (w.word === '度' && !num.arabic && !rest.startsWith('电')) continue;
    // 七成, not 30成.
    if (w.word === '成' && num.value > 10) continue;
    return { id: w.id, end, scale: WORD_SCALE[w.word] ?? 1 };
  }
  return undefined;
}

const CURRENCY_WORDS = WORDS.filter((w) => w.dimension === 'currency');
const PER_WORDS = WORDS.filter((w) => perUnits().some((u) => u.id === w.id));

function wordOf(list: UnitWord[], text: string, j: number): UnitWord | undefined {
  return list.find((w) => text.startsWith(w.word, j) && !(/^[A-Za-z]/.test(w.word) && /^[A-Za-z]/.test(text[j + w.word.length] ?? '')));
}

// ——— quantities ———

interface Read {
  end: number;
  quantity: Quantity;
  /** The number as read, for the guards. */
  num?: Num;
}

const SEPARATORS = ['到', '至', '~', '～', '-', '－', '—', '–'];
const RELATIVE_AFTER = /^(?:之前|以前|之后|以后|前|后)/;

/** Rejects readings that are dates, relative times or the article 一. */
function plausible(text: string, r: Read): boolean {
  const u = unitOf(r.quantity.unit);
  const num = r.num;
  if (u.dimension === 'duration' && RELATIVE_AFTER.test(text.slice(r.end))) return false;
  if (!num) return true;
  if (u.id === 'years' && num.arabic && num.mult === 1 && /^\d{4}$/.test(num.text) && !num.inside) return false;
  if (u.dimension === 'count' && num.text === '一') return false;
  return true;
}

function withInside(q: Quantity, num: Num): Quantity {
  return num.inside ? { ...q, qualifier: num.inside } : q;
}

/** 三分之一, 3分之1, 百分之三十, 一半, 半数. */
function fractionAt(text: string, i: number): Read | undefined {
  const pct = /^百分之([\d.]+|[零一二两三四五六七八九十百]+)/u.exec(text.slice(i, i + 12));
  if (pct) {
    const value = readNumeral(pct[1]);
    if (value !== undefined) return { end: i + pct[0].length, quantity: { unit: 'percent', amount: value } };
  }
  const frac = /^(\d+|[一二两三四五六七八九十百]+)分之(\d+|[一二两三四五六七八九十]+)/u.exec(text.slice(i, i + 12));
  if (frac && !CN_CHARS.has(text[i - 1]) && !isAsciiAlnum(text[i - 1])) {
    const whole = readNumeral(frac[1]);
    const part = readNumeral(frac[2]);
    if (whole && part !== undefined && part <= whole)
      return { end: i + frac[0].length, quantity: { unit: 'share', amount: roundShare(part / whole) } };
  }
  for (const w of ['一半', '半数'])
    if (text.startsWith(w, i) && !CN_CHARS.has(text[i - 1])) return { end: i + w.length, quantity: { unit: 'share', amount: 0.5 } };
  return undefined;
}

/** 数百, 几百万, 上千 (the longest vague word at i). */
function vagueWordAt(text: string, i: number): string | undefined {
  if (!'数几上'.includes(text[i])) return undefined;
  for (let len = 4; len >= 2; len--) {
    const w = text.slice(i, i + len);
    if (VAGUE_WORD.test(w)) return w;
  }
  return undefined;
}

/** 数百个, 数十万到几百万美元, 人民币数百万元. */
function vagueAt(text: string, i: number, currencyBefore?: string): Read | undefined {
  const first = vagueWordAt(text, i);
  if (!first) return undefined;
  let j = i + first.length;
  let second: string | undefined;
  const sep = SEPARATORS.slice(0, 2).find((s) => text.startsWith(s, j));
  if (sep) {
    second = vagueWordAt(text, j + sep.length);
    if (second) j += sep.length + second.length;
  }
  const fake: Num = { value: 0, end: j, text: first, arabic: false, mult: 1 };
  const u = currencyBefore ? currencyAfterPrefix(text, j, currencyBefore) : unitWordAt(text, j, fake);
  if (!u) return undefined;
  return { end: u.end, quantity: { unit: u.id, amount: null, vague: second ? [first, second] : [first] } };
}

/** After 人民币 + number: 元 is optional (人民币5亿). */
function currencyAfterPrefix(text: string, j: number, id: string): { id: string; end: number; scale: number } {
  return { id, end: text.startsWith('元', j) && !text.startsWith('元人民币', j) ? j + 1 : j, scale: 1 };
}

/** A price suffix after a currency: /吨, /千瓦时, 每瓦. */
function perAfter(text: string, j: number): { id: string; end: number } | undefined {
  const sep = text[j] === '/' || text[j] === '／' ? 1 : text[j] === '每' ? 1 : 0;
  if (!sep) return undefined;
  const w = wordOf(PER_WORDS, text, j + sep);
  return w ? { id: w.id, end: j + sep + w.word.length } : undefined;
}

/** A number and its unit, or a range of two (6到9个月, 10%至15%, 3-5万元). */
function numberUnitAt(text: string, i: number, currencyBefore?: string): Read | undefined {
  let best: Read | undefined;
  for (const num of numbersAt(text, i)) {
    const u = currencyBefore ? currencyAfterPrefix(text, num.end, currencyBefore) : unitWordAt(text, num.end, num);
    // A range: first number, its unit optionally, a separator, the second number with its unit.
    const range = rangeAfter(text, num, u, currencyBefore);
    if (range && plausible(text, range) && (!best || range.end > best.end)) best = range;
    if (!u || (currencyBefore && u.end === num.end && num.mult === 1)) continue;
    let q: Quantity = withInside({ unit: u.id, amount: round(num.value * u.scale) }, num);
    let end = u.end;
    if (unitOf(u.id).dimension === 'currency') {
      const per = perAfter(text, end);
      if (per) {
        q = { ...q, unit: priceUnit(u.id, per.id) };
        end = per.end;
      }
    }
    const read: Read = { end, quantity: q, num };
    if (plausible(text, read) && (!best || read.end > best.end)) best = read;
  }
  return best;
}

function rangeAfter(
  text: string,
  first: Num,
  firstUnit: { id: string; end: number; scale: number } | undefined,
  currencyBefore?: string,
): Read | undefined {
  const j = firstUnit && !currencyBefore ? firstUnit.end : first.end;
  const sep = SEPARATORS.find((s) => text.startsWith(s, j));
  if (!sep || first.inside) return undefined;
  if ((sep === '-' || sep === '－') && !first.arabic) return undefined;
  for (const second of numbersAt(text, j + sep.length, true)) {
    if (second.inside || second.arabic !== first.arabic) continue;
    const u = currencyBefore ? currencyAfterPrefix(text, second.end, currencyBefore) : unitWordAt(text, second.end, second);
    if (!u || (firstUnit && !currencyBefore && firstUnit.id !== u.id)) continue;
    // 3-5万元: the second number lends its multiplier to a bare first one.
    const lo = first.mult === 1 && second.mult > 1 && !firstUnit ? first.value * second.mult : first.value;
    const low = round(lo * u.scale);
    const high = round(second.value * u.scale);
    if (!(low < high)) continue;
    if (u.id === 'years' && /^\d{4}$/.test(first.text) && /^\d{4}$/.test(second.text)) return undefined;
    return { end: u.end, quantity: { unit: u.id, amount: null, range: [low, high] }, num: second };
  }
  return undefined;
}

/** 每吨1.2万元, 每千瓦时0.3元. */
function perBeforeAt(text: string, i: number): Read | undefined {
  if (text[i] !== '每') return undefined;
  const w = wordOf(PER_WORDS, text, i + 1);
  if (!w) return undefined;
  const inner = numberUnitAt(text, i + 1 + w.word.length);
  if (!inner || unitOf(inner.quantity.unit).dimension !== 'currency') return undefined;
  return { ...inner, quantity: { ...inner.quantity, unit: priceUnit(inner.quantity.unit, w.id) } };
}

/** The figure itself, without a qualifier before it. */
function coreAt(text: string, i: number): Read | undefined {
  const frac = fractionAt(text, i);
  if (frac) return frac;
  const per = perBeforeAt(text, i);
  if (per) return per;
  for (const cur of CURRENCY_WORDS.flatMap((w) => (unitOf(w.id).prefixWords ?? []).map((p) => ({ p, id: w.id })))) {
    if (!text.startsWith(cur.p, i)) continue;
    const r = vagueAt(text, i + cur.p.length, cur.id) ?? numberUnitAt(text, i + cur.p.length, cur.id);
    if (r) return r;
  }
  return vagueAt(text, i) ?? numberUnitAt(text, i);
}

const BEFORE = qualifiersAt('before');
const AFTER = qualifiersAt('after');

/** A quantity with the qualifier words around it. */
function quantityAt(text: string, i: number): Read | undefined {
  const before = BEFORE.find((w) => text.startsWith(w, i));
  const qualified = before ? coreAt(text, i + before.length) : undefined;
  const core = qualified ?? coreAt(text, i);
  if (!core) return undefined;
  let { end, quantity } = core;
  if (qualified && !quantity.qualifier) quantity = { ...quantity, qualifier: before };
  const after = AFTER.find((w) => text.startsWith(w, end));
  if (after && !quantity.qualifier) {
    quantity = { ...quantity, qualifier: after };
    end += after.length;
  }
  return { end, quantity };
}

// ——— changes ———

const UP = ['增长', '增加', '上升', '提高', '提升', '上涨', '攀升', '扩大', '增', '升', '涨'];
const DOWN = ['下降', '降低', '减少', '下跌', '下滑', '回落', '缩减', '缩小', '萎缩', '降', '跌', '减'];
const VERBS = [...UP.map((w) => ({ w, d: 'up' as const })), ...DOWN.map((w) => ({ w, d: 'down' as const }))].sort((a, b) => b.w.length - a.w.length);
/** A change "by" is relative: a percentage, points, a multiple or a share (减少数百个职位 is a quantity). */
const RELATIVE: ReadonlySet<Dimension> = new Set(['percent', 'points', 'multiple', 'share']);
const DOUBLING = ['翻了一番', '翻一番', '翻番', '翻倍'];

function verbAt(text: string, i: number, to: boolean): { d: Direction; end: number } | undefined {
  for (const { w, d } of VERBS) {
    if (!text.startsWith(w, i)) continue;
    let end = i + w.length;
    if (text[end] === '了') end++;
    if (to) {
      if (text[end] !== '至' && text[end] !== '到') continue;
      end++;
    }
    return { d, end };
  }
  return undefined;
}

/** 8000元 after 每吨1.2万元 is 8000元/吨. */
function like(q: Quantity, other: Quantity): Quantity {
  const o = unitOf(other.unit);
  if (o.per && q.unit === o.per.currency) return { ...q, unit: other.unit };
  return q;
}

/** 由去年同期的22%: words of the time before the figure (no numeral in them), ending in 的. */
const FROM_WHEN = /^[^\d０-９零〇一二两三四五六七八九十百千万亿，。；、,;]{1,6}的/;
/** 降幅在3到5个百分点之间, 增幅约为15%: a change named by its size. */
const SIZE_NOUNS: Readonly<Record<string, Direction>> = { 增幅: 'up', 涨幅: 'up', 降幅: 'down', 跌幅: 'down' };
const SIZE_LINKS = ['约为', '在', '为', '达'];

/** A relative quantity (percent, points, a multiple) at i. */
function relativeAt(text: string, i: number) {
  const q = quantityAt(text, i);
  return q && RELATIVE.has(unitOf(q.quantity.unit).dimension) ? q : undefined;
}

/** 从A降至B, 由去年同期的A降至B; with the size that follows (，下降了5个百分点) as `by`. */
function fromToAt(text: string, j: number): { end: number; change: Change } | undefined {
  const when = FROM_WHEN.exec(text.slice(j + 1));
  const from = quantityAt(text, j + 1) ?? (when ? quantityAt(text, j + 1 + when[0].length) : undefined);
  const verb = from && verbAt(text, from.end, true);
  const to = verb && quantityAt(text, verb.end);
  if (!from || !verb || !to) return undefined;
  const toQ = like(to.quantity, from.quantity);
  if (family(toQ.unit) !== family(from.quantity.unit)) return undefined;
  const change: Change = { direction: verb.d, from: from.quantity, to: toQ };
  const comma = text[to.end] === '，' || text[to.end] === ',' ? to.end + 1 : -1;
  const byVerb = comma > 0 ? verbAt(text, comma, false) : undefined;
  const by = byVerb?.d === verb.d ? relativeAt(text, byVerb.end) : undefined;
  return by ? { end: by.end, change: { ...change, by: by.quantity } } : { end: to.end, change };
}

function changeAt(text: string, i: number): { end: number; change: Change } | undefined {
  let j = i;
  for (const basis of ['同比', '环比']) if (text.startsWith(basis, j)) j += basis.length;
  for (const w of DOUBLING) if (text.startsWith(w, j)) return { end: j + w.length, change: { direction: 'up', by: { unit: 'times', amount: 1 } } };
  if (text[j] === '从' || text[j] === '由') return fromToAt(text, j);
  const noun = SIZE_NOUNS[text.slice(j, j + 2)];
  if (noun) {
    const link = SIZE_LINKS.find((w) => text.startsWith(w, j + 2)) ?? '';
    const by = relativeAt(text, j + 2 + link.length);
    return by && { end: by.end, change: { direction: noun, by: by.quantity } };
  }
  const toVerb = verbAt(text, j, true);
  if (toVerb) {
    const to = quantityAt(text, toVerb.end);
    if (to) return { end: to.end, change: { direction: toVerb.d, to: to.quantity } };
  }
  const byVerb = verbAt(text, j, false);
  if (byVerb) {
    const by = relativeAt(text, byVerb.end);
    if (by) return { end: by.end, change: { direction: byVerb.d, by: by.quantity } };
  }
  return undefined;
}

// ——— the scan ———

/**
 * All figures in `text`, in reading order, without overlaps: at each position
 * the longest reading (a change over a quantity it contains), then on after it.
 */
export function findFigures(text: string): Figure[] {
  const found: Figure[] = [];
  for (let i = 0; i < text.length;) {
    const change = changeAt(text, i);
    const quantity = quantityAt(text, i);
    if (change && (!quantity || change.end >= quantity.end)) {
      found.push({ text: text.slice(i, change.end), start: i, end: change.end, change: change.change });
      i = change.end;
    } else if (quantity) {
      found.push({ text: text.slice(i, quantity.end), start: i, end: quantity.end, quantity: quantity.quantity });
      i = quantity.end;
    } else i++;
  }
  return found;
}

/** Every quantity of a figure: itself, or the from / to / by of a change. */
export function quantitiesOf(f: Figure): Quantity[] {
  if (f.quantity) return [f.quantity];
  return [f.change?.from, f.change?.to, f.change?.by].filter((q): q is Quantity => q !== undefined);
}

/** True when two amounts are the same figure (tolerates 0.333333 for 三分之一). */
export function sameAmount(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

/** The interval a vague word spans, [min, max): 数十万 → [1e5, 1e6), 数百 → [100, 1000). */
export function vagueBounds(word: string): [number, number] | undefined {
  if (!VAGUE_WORD.test(word)) return undefined;
  const small = { 十: 10, 百: 100, 千: 1000 }[word[1]] ?? 1;
  const tail = word.slice(small === 1 ? 1 : 2);
  const mult = tail === '' ? 1 : (MULTIPLIERS[tail] ?? 1);
  return [small * mult, small * 10 * mult];
}
