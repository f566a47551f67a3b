/** Readers' names of the registry's units, for column documentation (value_unit). */
import { UNIT_IDS, unit } from '../lib/units.ts';

/** Where the site's suffix alone does not say what the unit is. */
const NAMES: Record<string, string> = {
  CNY: '人民币元',
  percent: '百分数（49 即 49%，七成即 70）',
  share: '比例（0到1，三分之一即 0.333333）',
  pp: '百分点',
  times: '倍',
  items: '个',
  score: '分（积分）',
  goals: '球（进球）',
  visits: '人次（一人多次计多次）',
  jin: '斤（0.5公斤）',
  mu: '亩（约667平方米）',
};

export const unitName = (id: string) => NAMES[id] ?? unit(id).suffix;

/** "USD 美元，CNY 人民币元，people 人 …" */
export const UNIT_DOC = UNIT_IDS.map((id) => `${id} ${unitName(id)}`).join('，');
