/**
 * Chinese text cut into phrases, the places a line may break: BudouX's
 * Simplified Chinese model (build time only), kept only where ICU's dictionary
 * word segmenter (Intl.Segmenter) also sees a word boundary — BudouX alone cuts
 * 人|工智能 and 战|略 — and with the pieces it would split joined again: a
 * number with its unit and qualifier (12.5亿美元, 超2.7万名, 2024年4月10日,
 * 6到9个月, 2024-09-20), Latin words (OpenAI, GPT-4), names with a middle dot (谢尔盖·布林),
 * titles in 《》, short quotations (“卷王”), common words both segmenters cut
 * (WORDS) and the names a report's editor lists (meta `keepWhole`). A lone character joins a neighbour: a particle
 * (的, 了) the phrase before, anything after punctuation the phrase after. No phrase
 * starts with closing punctuation or ends with an opening one, and the last
 * phrase holds at least two characters, so no line ends as a lone character.
 */
import { loadDefaultSimplifiedChineseParser } from 'budoux';

const parser = loadDefaultSimplifiedChineseParser();
const words = new Intl.Segmenter('zh-CN', { granularity: 'word' });

const ARABIC = String.raw`\d+(?:[.,]\d+)*`;
const HAN_NUM = '[零〇一二两三四五六七八九十百千万亿几数半]+';
const MAG = '[万亿千百]*';
/** A price's unit may come first (每瓦时0.5元, 每吨1.2万元): 每 with it stays with the figure. */
const PER = '每(?:千瓦时|兆瓦时|吉瓦时|瓦时|千瓦|兆瓦|吉瓦|瓦|吨|千克|公斤|股|人|个)?';
const BEFORE = `(?:约合|大约|将近|接近|超过|至少|多达|近乎|不足|约|近|超|逾|${PER})?`;
const UNIT =
  '(?:%|％|个百分点|百分点|个月|个|美元|美金|欧元|日元|港元|英镑|人民币|元|名|人|位|家|台|辆|款|轮|项|笔|年|月|日|号|天|周|小时|分钟|秒|倍|次|岁|成|世纪|兆瓦时|千瓦时|吉瓦时|瓦时|兆瓦|吉瓦|千瓦|瓦|吨|千克|公斤)';
const AFTER = '(?:左右|以上|以内|之内|以下|多)?';
const AMOUNT = `(?:${ARABIC}${MAG}${UNIT}?|${HAN_NUM}${UNIT}|${HAN_NUM}分之${HAN_NUM})`;
/**
 * Common words both BudouX and ICU cut (硅|谷, 创|企). The names of one report
 * (扎克|伯格) are its editor's: the meta file's `keepWhole`, passed in as `names`.
 */
const WORDS = ['硅谷', '谷歌', '资深', '创企', '初创企业', '人工智能', '中位数', '独角兽', '云计算', '基础设施', '从业者', '负责人', '创始人'];
const PIECES = [
  // An ISO date (2024-09-20 in a citation): before the figure, which would take 2024-09 as a range and leave -20.
  String.raw`\d{4}-\d{2}(?:-\d{2})?(?!\d)`,
  // A figure, possibly a range (6到9个月) or a chain of date parts (2024年4月10日), with its qualifiers.
  `${BEFORE}(?:${AMOUNT}(?:到|至|~|-|—))?${AMOUNT}(?:${ARABIC}${UNIT})*${AFTER}`,
  String.raw`[A-Za-z0-9][A-Za-z0-9.\-+_'&/]*`,
  '《[^《》]{1,30}》',
];
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Longest first, so a name is not cut by a shorter one inside it. */
const namePieces = (names: readonly string[]) => [...new Set(names)].sort((a, b) => b.length - a.length).map(escapeRegExp);
const keepers = new Map<string, { body: RegExp; display: RegExp }>();
/**
 * Pieces no line may break inside: in body text, figures, Latin words, titles and
 * names; in display text, short quotations too (“卷王”). One pair per list of names.
 */
function keepersFor(names: readonly string[]): { body: RegExp; display: RegExp } {
  const key = names.join('\n');
  let k = keepers.get(key);
  if (!k) {
    const pieces = [...PIECES, ...namePieces(names), ...WORDS];
    k = { body: new RegExp(pieces.join('|'), 'gu'), display: new RegExp([...pieces, '“[^“”]{1,8}”', '‘[^‘’]{1,8}’'].join('|'), 'gu') };
    keepers.set(key, k);
  }
  return k;
}
const OPENING = /[“‘（《〈「『【〔([{]$/u;
const CLOSING = /^[”’）》〉」』】〕)\]}，。、；：！？…—·,.;:!?%％]/u;
const PUNCT = /[\p{P}\p{S}\s]/gu;

/** Removes the cuts inside pieces no line may break inside, and next to punctuation that must not start or end a line. */
function keepWhole(text: string, cuts: Set<number>, keep: RegExp): void {
  for (const m of text.matchAll(keep)) for (let i = m.index + 1; i < m.index + m[0].length; i++) cuts.delete(i);
  // Names with a middle dot (谢尔盖·布林) stay whole.
  for (const i of [...cuts]) if (OPENING.test(text.slice(0, i)) || CLOSING.test(text.slice(i)) || text[i - 1] === '·') cuts.delete(i);
}

/**
 * Body text, which may break between any two characters next to a Han one,
 * except inside the pieces phrases() keeps whole (figures with units, Latin
 * words, names, titles; a quotation may break) and before closing or after opening punctuation.
 */
export function breakable(text: string, names: readonly string[] = []): string[] {
  if (!/\p{Script=Han}/u.test(text)) return [text];
  const cuts = new Set<number>();
  for (let i = 1; i < text.length; i++) if (HAN.test(text[i - 1]) || HAN.test(text[i])) if (!/\s/.test(text[i - 1] + text[i])) cuts.add(i);
  keepWhole(text, cuts, keepersFor(names).body);
  // No last line of a single character.
  const last = [...cuts].sort((a, b) => a - b).filter((i) => letters(text.slice(i)) < 2);
  for (const i of last) cuts.delete(i);
  const out: string[] = [];
  let from = 0;
  for (const i of [...[...cuts].sort((a, b) => a - b), text.length]) {
    out.push(text.slice(from, i));
    from = i;
  }
  return out;
}
const HAN = /\p{Script=Han}/u;

export function phrases(text: string, names: readonly string[] = []): string[] {
  if (!/\p{Script=Han}/u.test(text)) return [text];
  const cuts = new Set<number>();
  let at = 0;
  for (const chunk of parser.parse(text)) cuts.add((at += chunk.length));
  cuts.delete(text.length);
  const wordEnds = new Set<number>();
  for (const w of words.segment(text)) wordEnds.add(w.index + w.segment.length);
  for (const i of [...cuts]) if (!wordEnds.has(i)) cuts.delete(i);
  keepWhole(text, cuts, keepersFor(names).display);
  const pieces: string[] = [];
  let run = false;
  let from = 0;
  for (const i of [...[...cuts].sort((a, b) => a - b), text.length]) {
    const piece = text.slice(from, i);
    from = i;
    const single = letters(piece) < 2;
    // A run of one-character pieces is one word the models do not know (抢|创|企), except a
    // particle at its head, which closes the phrase before (的|竞|与|合 -> 的 | 竞与合).
    if (single && run && !(letters(pieces.at(-1)!) < 2 && PARTICLE.test(pieces.at(-1)!))) pieces[pieces.length - 1] += piece;
    else pieces.push(piece);
    run = single;
  }
  const out: string[] = [];
  let carry = '';
  for (const piece of pieces) {
    const lone = letters(piece) < 2;
    if (lone && out.length && (PARTICLE.test(piece) || !ENDS_PUNCT.test(out.at(-1)!))) out[out.length - 1] += piece;
    else if (lone) carry += piece;
    else {
      out.push(carry + piece);
      carry = '';
    }
  }
  if (carry) {
    if (out.length) out[out.length - 1] += carry;
    else out.push(carry);
  }
  return out;
}

/** Characters that close the phrase before them rather than open the next. */
const PARTICLE = /^[的了着过们地得等吗呢吧啊]/u;
const ENDS_PUNCT = /[\p{P}\s]$/u;
const letters = (s: string) => s.replace(PUNCT, '').length;
