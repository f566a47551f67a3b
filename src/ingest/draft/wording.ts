/**
 * The Chinese words the draft tool writes into chart specs: placeholders in
 * house style that read well as they stand and that an editor is expected to
 * replace. Reader-facing, so kept together here rather than in code.
 */
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
  price: '价格',
};

export const unitNoun = (dimension: string): string => NOUNS[dimension] ?? '数字';

const TITLE_TAILS: Record<ChartForm, (noun: string) => string> = {
  bars: (noun) => `${noun}对比`,
  range: (noun) => `${noun}区间`,
  change: (noun) => `${noun}变化`,
  'part-whole': () => '占比',
  timeline: (noun) => `${noun}时间线`,
  ratio: (noun) => `两个${noun}之比`,
};

/** Longest a title may be (the chart spec allows 30 characters). */
const MAX_TITLE = 30;

export const CHART_WORDS = {
  title: (section: string, noun: string, form: ChartForm): string => {
    const tail = `：${TITLE_TAILS[form](noun)}`;
    const room = MAX_TITLE - [...tail].length;
    return [...section].slice(0, room).join('') + tail;
  },
  dek: {
    bars: (noun: string, n: number) => `报道给出的${n}个${noun}，按报道先后排列。`,
    range: (noun: string) => `报道只给出区间或约数的${noun}，与同单位的确数并列。`,
    change: (noun: string) => `报道给出的${noun}变化：从多少到多少，或变了多少。`,
    'part-whole': () => '各部分占整体的比例；其余部分报道没有细分。',
    ratio: (noun: string) => `同一句话里的两个${noun}，一比便知差距。`,
    timeline: (noun: string, n: number) => `报道给出的${n}个${noun}，按报道给出的时间精度排列。`,
  } satisfies Record<ChartForm, (noun: string, n: number) => string>,
  note: '此图由草稿工具按单位分组生成，标题和说明有待编辑核对。',
} as const;
