/**
 * The Chinese words the draft tool writes into chart specs: placeholders in
 * house style that read well as they stand and that an editor is expected to
 * replace. Reader-facing, so kept together here rather than in code.
 */
import { shorten } from './labels.ts';
import type { ChartForm } from './types.ts';

const NOUNS: Record<string, string> = {
  currency: '金额',
  count: '数量',
  energy: '电量',
  power: '功率',
  duration: '时长',
  percent: '比例',
  points: '百分点',
  multiple: '倍数',
  share: '比例',
  mass: '重量',
  area: '面积',
  price: '价格',
};

export const unitNoun = (dimension: string): string => NOUNS[dimension] ?? '数字';

const TITLE_TAILS: Record<ChartForm, string> = {
  bars: '对比',
  range: '区间',
  change: '变化',
  'part-whole': '',
  timeline: '时间线',
  ratio: '对比',
};

/** Longest a title may be (the chart spec allows 30 characters). */
const MAX_TITLE = 30;

const chars = (s: string) => [...s];
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** The words every label ends in, from a word boundary (南方省份…比例, 北方省份…比例 → 省份…比例, not 方省份…). */
function commonSuffix(labels: string[]): string {
  let n = 0;
  const ends = labels.map((l) => chars(l).reverse());
  while (ends.every((e) => e[n] !== undefined && e[n] === ends[0][n])) n++;
  const suffix = ends[0].slice(0, n).reverse().join('');
  const first = labels[0];
  let at = 0;
  for (const { segment } of segmenter.segment(first)) {
    if (at >= first.length - suffix.length) break;
    at += segment.length;
  }
  return first.slice(at);
}
function commonPrefix(labels: string[]): string {
  let n = 0;
  const all = labels.map(chars);
  while (all.every((e) => e[n] !== undefined && e[n] === all[0][n])) n++;
  return all[0].slice(0, n).join('');
}
const cut = (s: string, max: number) => shorten(s, max);

/**
 * A title that says what the chart compares, from its records' labels: the one
 * label, the measure they share (毛利率对比), or their names (A、B与C对比).
 */
export function chartTitle(form: ChartForm, labels: string[], noun: string): string {
  const tail = TITLE_TAILS[form];
  const room = MAX_TITLE - chars(tail).length;
  if (labels.length === 1) return cut(labels[0], room) + tail;
  // Changes by an amount (均价增幅, 均价降幅) share what changed.
  const bare = labels.every((l) => /[增降]幅$/u.test(l)) ? labels.map((l) => l.slice(0, -2)) : labels;
  const suffix = commonSuffix(bare).replace(/^的/u, '');
  if (chars(suffix).length >= 2) return cut(suffix, room) + tail;
  const prefix = commonPrefix(bare);
  if (chars(prefix).length >= 2) return `${cut(prefix, room - chars(noun).length)}${noun}${tail}`;
  const listed = `${labels.slice(0, -1).join('、')}与${labels.at(-1)}`;
  if (chars(listed).length <= room) return listed + tail;
  const each = Math.floor((room - 1) / 2);
  return labels.length === 2
    ? `${cut(labels[0], each)}与${cut(labels[1], each)}${tail}`
    : `${cut(labels[0], room - 4 - chars(noun).length)}等${labels.length}个${noun}${tail}`;
}

export const CHART_WORDS = {
  dek: {
    bars: (noun: string, n: number) => `报道给出的${n}个${noun}，从大到小排列。`,
    range: (noun: string) => `报道只给出区间或约数的${noun}，与同单位的确数并列。`,
    change: (noun: string) => `报道给出的${noun}变化：从多少到多少，或变了多少。`,
    'part-whole': () => '各部分占整体的比例；其余部分报道没有细分。',
    ratio: (noun: string) => `同一句话里的两个${noun}，一比便知差距。`,
    timeline: (noun: string, n: number) => `报道给出的${n}个${noun}，按报道给出的时间精度排列。`,
  } satisfies Record<ChartForm, (noun: string, n: number) => string>,
  note: '此图由草稿工具按单位分组生成，标题和说明有待编辑核对。',
} as const;
