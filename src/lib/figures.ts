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
import { CN_CHARS, MULTIPLIERS, readChinese, readNumeral, round, roundShare } from './numerals.ts';
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
  /** In a change with a value before it: where that value ends (dates after it are the change's). */
  fromEnd?: number;
}

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
  场: /^[景合所地面馆上下外内]/,
  球: /^[员队场迷星衣鞋门会拍技赛]/,
  支: /^[持付出撑援柱配]/,
  套: /^[餐装路现用]/,
  分: /^[之钟析别享红布成配散开裂化工类子]/,
  次: /^[日年月]/,
  所: /^[有以谓得在属]/,
  例: /^[如外行子]/,
  座: /^[位谈席]/,
  户: /^[籍口型外]/,
  架: /^[构子势设空]/,
  列: /^[入为举出表明席]/,
};

/** A unit word read after a number: its unit, where it ends, its scale (成 = 10) and a 多 inside it (1个多小时). */
interface UnitRead {
  id: string;
  end: number;
  scale: number;
  inside?: QualifierWord;
}

function unitWordAt(text: string, j: number, num: Num): UnitRead | undefined {
  // 5个小时, 1个多小时: the measure word 个 before a unit is part of it.
  if (text[j] === '个') {
    const more = text[j + 1] === '多' && !num.inside ? 1 : 0;
    const inner = unitWordAt(text, j + 1 + more, num);
    if (inner && unitOf(inner.id).dimension !== 'count') return more ? { ...inner, inside: '多' } : inner;
  }
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
    // 积36分, but 十分 (very) and 三分 (a third, with 之) are words; 两头 (both ends) is no herd.
    if ((w.word === '分' || w.word === '头') && !num.arabic) continue;
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
  // 二套住房, 二手: counting says 两; a lone 二 before a measure word is an order.
  if (u.dimension === 'count' && num.text === '二') return false;
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
function currencyAfterPrefix(text: string, j: number, id: string): UnitRead {
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
    let q: Quantity = withInside({ unit: u.id, amount: round(num.value * u.scale) }, u.inside ? { ...num, inside: u.inside } : num);
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

function rangeAfter(text: string, first: Num, firstUnit: UnitRead | undefined, currencyBefore?: string): Read | undefined {
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
/** 中超, 英超, 赶超: 超 in a word is no qualifier. */
const NOT_QUALIFIER_AFTER: Partial<Record<string, RegExp>> = { 超: /[中英欧赶高]$/u };

function quantityAt(text: string, i: number): Read | undefined {
  const before = BEFORE.find((w) => text.startsWith(w, i) && !NOT_QUALIFIER_AFTER[w]?.test(text.slice(0, i)));
  // 约为1.1亿欧元, 约有400趟: the qualifier of the figure across 为 or 有.
  const gap = before && (before === '约' || before === '大约') && '为有'.includes(text[i + before.length]) ? 1 : 0;
  const qualified = before ? coreAt(text, i + before.length + gap) : undefined;
  const core = qualified ?? coreAt(text, i);
  if (!core) return undefined;
  let { end, quantity } = core;
  if (qualified && !quantity.qualifier) quantity = { ...quantity, qualifier: before };
  // 一成半 is 15%: half a tenth more.
  if (text[end] === '半' && /成$/u.test(text.slice(i, end)) && quantity.unit === 'percent' && quantity.amount !== null)
    ({ end, quantity } = { end: end + 1, quantity: { ...quantity, amount: quantity.amount + 5 } });
  // 两倍多, 三成多: more than, after a multiple or a tenth.
  if (!quantity.qualifier && text[end] === '多' && /[倍成]$/u.test(text.slice(i, end)) && !CN_CHARS.has(text[end + 1]))
    return { end: end + 1, quantity: { ...quantity, qualifier: '多' } };
  const after = AFTER.find((w) => text.startsWith(w, end));
  if (after && !quantity.qualifier) {
    quantity = { ...quantity, qualifier: after };
    end += after.length;
  }
  return { end, quantity };
}

// ——— changes ———

const UP = ['增长', '增加', '上升', '提高', '提升', '上涨', '攀升', '扩大', '上调', '调高', '延长', '增', '升', '涨'];
const DOWN = ['下降', '降低', '减少', '下跌', '下滑', '回落', '缩减', '缩小', '缩短', '萎缩', '下调', '调低', '降', '跌', '减'];
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
      // 提高到了3亿元
      if (text[end] === '了') end++;
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

interface ChangeRead {
  end: number;
  change: Change;
  /** Where the value before the change ends (从…的22% → after 22%). */
  fromEnd?: number;
}

/** 由去年同期的22%: what the value before the change was (a time or state, ending in 的) may stand between 从/由 and it. */
const FROM_OF = /^[^，,。；;：:！？!?、“”"（）()\d]{1,10}?的/u;

/** 降幅在3到5个百分点之间, 增幅约为15%: a change named by its size. */
const SIZE_NOUNS: Readonly<Record<string, Direction>> = { 增幅: 'up', 涨幅: 'up', 降幅: 'down', 跌幅: 'down' };
const SIZE_LINKS = ['约为', '在', '为', '达'];

/** A change by a relative amount (增长15%, 下降了3个百分点) at j, in a given direction or any. */
function byAt(text: string, j: number, direction?: Direction): { end: number; d: Direction; by: Quantity } | undefined {
  const verb = verbAt(text, j, false);
  if (!verb || (direction && verb.d !== direction)) return undefined;
  const by = quantityAt(text, verb.end);
  return by && RELATIVE.has(unitOf(by.quantity.unit).dimension) ? { end: by.end, d: verb.d, by: by.quantity } : undefined;
}

/** From → to, then how much in the same direction: 由22%降至17%，下降了5个百分点. */
function withBy(text: string, read: ChangeRead): ChangeRead {
  const basis = /^[，,]\s*(?:同比|环比)?/u.exec(text.slice(read.end));
  const by = basis && byAt(text, read.end + basis[0].length, read.change.direction);
  return by ? { ...read, end: by.end, change: { ...read.change, by: by.by } } : read;
}

function fromToAt(text: string, j: number): ChangeRead | undefined {
  const of = FROM_OF.exec(text.slice(j + 1));
  for (const gap of of ? [0, of[0].length] : [0]) {
    const from = quantityAt(text, j + 1 + gap);
    const verb = from && verbAt(text, from.end, true);
    const to = verb && quantityAt(text, verb.end);
    if (from && verb && to) {
      const toQ = like(to.quantity, from.quantity);
      if (family(toQ.unit) === family(from.quantity.unit))
        return withBy(text, { end: to.end, change: { direction: verb.d, from: from.quantity, to: toQ }, fromEnd: from.end });
    }
  }
  return undefined;
}

function changeAt(text: string, i: number): ChangeRead | undefined {
  let j = i;
  for (const basis of ['同比', '环比']) if (text.startsWith(basis, j)) j += basis.length;
  for (const w of DOUBLING) if (text.startsWith(w, j)) return { end: j + w.length, change: { direction: 'up', by: { unit: 'times', amount: 1 } } };
  if (text[j] === '从' || text[j] === '由') return fromToAt(text, j);
  const noun = SIZE_NOUNS[text.slice(j, j + 2)];
  if (noun) {
    const link = SIZE_LINKS.find((w) => text.startsWith(w, j + 2)) ?? '';
    const by = quantityAt(text, j + 2 + link.length);
    if (by && RELATIVE.has(unitOf(by.quantity.unit).dimension)) return { end: by.end, change: { direction: noun, by: by.quantity } };
  }
  const toVerb = verbAt(text, j, true);
  if (toVerb) {
    const to = quantityAt(text, toVerb.end);
    if (to) return withBy(text, { end: to.end, change: { direction: toVerb.d, to: to.quantity } });
  }
  const by = byAt(text, j);
  return by ? { end: by.end, change: { direction: by.d, by: by.by } } : undefined;
}

/**
 * 年初在0.5元左右，目前已跌至0.3元: a value, then in the next clause only a
 * time word or adverbs and a change to a value of the same kind, is where that change started.
 */
const THEN =
  /^[，,]\s*(?:目前|现在|如今|当前|眼下|此后|随后|之后|后来|最近|近期|截至目前|今年以来)?(?:已经|已|则|又|再|更是|进一步|一度|逐步|迅速|大幅|持续|一路)*$/u;

function joinFromBefore(text: string, found: Figure[]): Figure[] {
  const out: Figure[] = [];
  for (const f of found) {
    const prev = out.at(-1);
    const c = f.change;
    if (prev?.quantity && c && c.to && !c.from && !c.by && THEN.test(text.slice(prev.end, f.start))) {
      const to = like(c.to, prev.quantity);
      if (family(to.unit) === family(prev.quantity.unit)) {
        out[out.length - 1] = {
          text: text.slice(prev.start, f.end),
          start: prev.start,
          end: f.end,
          change: { direction: c.direction, from: prev.quantity, to },
          fromEnd: prev.end,
        };
        continue;
      }
    }
    out.push(f);
  }
  return out;
}

// ——— the scan ———

/**
 * 每千名儿童, 每万人, 每百户, 每10万人口: the base of a rate is no figure of
 * its own (the figure is the 0.63名 it is a rate of). Returns where it ends.
 */
export function rateBaseEnd(text: string, i: number): number | undefined {
  if (text[i] !== '每') return undefined;
  const base = numberUnitAt(text, i + 1);
  const dim = base && unitOf(base.quantity.unit).dimension;
  return base && base.quantity.amount !== null && (dim === 'count' || dim === 'currency') ? base.end : undefined;
}

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
      found.push({
        text: text.slice(i, change.end),
        start: i,
        end: change.end,
        change: change.change,
        ...(change.fromEnd ? { fromEnd: change.fromEnd } : {}),
      });
      i = change.end;
    } else if (quantity) {
      found.push({ text: text.slice(i, quantity.end), start: i, end: quantity.end, quantity: quantity.quantity });
      i = quantity.end;
    } else i = rateBaseEnd(text, i) ?? i + 1;
  }
  return joinFromBefore(text, found);
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
