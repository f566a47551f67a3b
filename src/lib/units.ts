/**
 * The unit registry: every unit a figure may carry, the words reports write
 * after (or before) a number for it, how the site writes it, and its factor to
 * the base unit of its dimension. Prices per unit ('CNY/kWh', 'USD/t') are
 * compounds of a currency and a unit, resolved on demand. Pure data, no I/O.
 */

export type Dimension =
  'currency' | 'count' | 'energy' | 'power' | 'duration' | 'percent' | 'points' | 'multiple' | 'share' | 'mass' | 'length' | 'area' | 'price';

export interface UnitDef {
  /** Stable id stored in datasets: 'USD', 'people', 'MWh', 'CNY/t' … */
  id: string;
  dimension: Dimension;
  /** How reports write it after a number, longest first where it matters (美元 美金 | 名 人 位 | 个月). */
  words: string[];
  /** How the site writes it after a number: 美元, 人, 兆瓦时, 个月, %, 元/瓦时. */
  suffix: string;
  /** To the dimension's base unit (kWh → 1000 for base Wh; 1 where there is no conversion). */
  factor: number;
  /** Words a report may put before the number instead (人民币5亿元). Currencies only. */
  prefixWords?: string[];
  /** What the site writes before the number (人民币290万元). */
  prefix?: string;
  /** Currency and unit of a price ('CNY/t' → CNY, t). */
  per?: { currency: string; unit: string };
}

const def = (id: string, dimension: Dimension, words: string[], suffix: string, factor = 1, extra: Partial<UnitDef> = {}): UnitDef =>
  Object.freeze({ id, dimension, words, suffix, factor, ...extra });

const PLAIN: readonly UnitDef[] = [
  // Currencies: each its own base (no exchange rates: a report's conversion is its `equivalent`).
  def('USD', 'currency', ['美元', '美金'], '美元'),
  def('CNY', 'currency', ['元人民币', '元'], '元', 1, { prefixWords: ['人民币'], prefix: '人民币' }),
  def('EUR', 'currency', ['欧元'], '欧元'),
  def('JPY', 'currency', ['日元'], '日元'),
  def('HKD', 'currency', ['港元', '港币'], '港元'),
  def('GBP', 'currency', ['英镑'], '英镑'),
  // Counted things, by measure word: the id names what the word usually counts, the suffix is the word itself.
  def('people', 'count', ['名', '人', '位'], '人'),
  // 人次 counts visits or trips, not people (288万人次 may be far fewer people).
  def('visits', 'count', ['人次'], '人次'),
  def('households', 'count', ['户'], '户'),
  def('firms', 'count', ['家'], '家'),
  def('items', 'count', ['个'], '个'),
  def('units', 'count', ['台'], '台'),
  def('vehicles', 'count', ['辆'], '辆'),
  def('models', 'count', ['款'], '款'),
  def('rounds', 'count', ['轮'], '轮'),
  def('projects', 'count', ['项'], '项'),
  def('homes', 'count', ['套'], '套'),
  def('teams', 'count', ['支'], '支'),
  def('matches', 'count', ['场'], '场'),
  def('goals', 'count', ['个进球', '粒进球', '球'], '球'),
  def('sheets', 'count', ['张'], '张'),
  def('structures', 'count', ['座'], '座'),
  def('aircraft', 'count', ['架'], '架'),
  def('sorties', 'count', ['架次'], '架次'),
  def('trains', 'count', ['列'], '列'),
  def('trips', 'count', ['趟'], '趟'),
  def('vessels', 'count', ['艘'], '艘'),
  def('pieces', 'count', ['件'], '件'),
  def('occurrences', 'count', ['次'], '次'),
  def('cases', 'count', ['例'], '例'),
  def('institutions', 'count', ['所'], '所'),
  def('head', 'count', ['头'], '头'),
  def('animals', 'count', ['只'], '只'),
  // Points in a league table (积36分); read only after Arabic digits (十分 is "very").
  def('score', 'count', ['分'], '分'),
  // Energy (base Wh) and power (base W); 度 is the everyday word for 千瓦时.
  def('Wh', 'energy', ['瓦时', 'Wh'], '瓦时'),
  def('kWh', 'energy', ['千瓦时', '度', 'kWh'], '千瓦时', 1e3),
  def('MWh', 'energy', ['兆瓦时', 'MWh'], '兆瓦时', 1e6),
  def('GWh', 'energy', ['吉瓦时', 'GWh'], '吉瓦时', 1e9),
  def('TWh', 'energy', ['太瓦时', 'TWh'], '太瓦时', 1e12),
  def('W', 'power', ['瓦', 'W'], '瓦'),
  def('kW', 'power', ['千瓦', 'kW'], '千瓦', 1e3),
  def('MW', 'power', ['兆瓦', 'MW'], '兆瓦', 1e6),
  def('GW', 'power', ['吉瓦', 'GW'], '吉瓦', 1e9),
  def('TW', 'power', ['太瓦', 'TW'], '太瓦', 1e12),
  // Durations (base day).
  def('minutes', 'duration', ['分钟'], '分钟', 1 / 1440),
  def('hours', 'duration', ['小时'], '小时', 1 / 24),
  def('days', 'duration', ['天'], '天'),
  def('weeks', 'duration', ['周', '个星期', '星期'], '周', 7),
  def('months', 'duration', ['个月'], '个月', 30.4375),
  def('years', 'duration', ['年'], '年', 365.25),
  // Ratios. 成 is a tenth: 七成 is stored as 70 percent (see WORD_SCALE).
  def('percent', 'percent', ['%', '％', '成'], '%'),
  def('pp', 'points', ['个百分点', '百分点'], '个百分点'),
  def('times', 'multiple', ['倍'], '倍'),
  def('share', 'share', [], ''),
  // Mass (base kg).
  def('t', 'mass', ['吨'], '吨', 1000),
  def('kg', 'mass', ['公斤', '千克'], '公斤'),
  def('jin', 'mass', ['斤'], '斤', 0.5),
  // Length (base metre).
  def('m', 'length', ['米'], '米'),
  def('km', 'length', ['公里', '千米'], '公里', 1e3),
  // Area (base square metre): 7151万平方米, 每平方米1.66万元.
  def('m2', 'area', ['平方米', '平米'], '平方米'),
  def('km2', 'area', ['平方公里', '平方千米'], '平方公里', 1e6),
  def('mu', 'area', ['亩'], '亩', 2000 / 3),
];

/** The plain (non-compound) unit ids, for enums and documentation. */
export const UNIT_IDS: readonly string[] = Object.freeze(PLAIN.map((u) => u.id));

const BY_ID = new Map(PLAIN.map((u) => [u.id, u]));

/** A word that stands for a multiple of its unit's amount: 七成 = 70 percent. */
export const WORD_SCALE: Readonly<Record<string, number>> = Object.freeze({ 成: 10 });

/** Dimensions a price may be "per" (元/瓦时, 每吨, 元/台); not ratios or durations. */
const PER_DIMENSIONS = new Set<Dimension>(['energy', 'power', 'mass', 'length', 'area', 'count']);

function compound(id: string): UnitDef | undefined {
  const [currency, unitId, ...rest] = id.split('/');
  const cur = BY_ID.get(currency);
  const of = BY_ID.get(unitId ?? '');
  if (rest.length || !cur || cur.dimension !== 'currency' || !of || !PER_DIMENSIONS.has(of.dimension)) return undefined;
  return def(
    id,
    'price',
    of.words.map((w) => `${cur.suffix}/${w}`),
    `${cur.suffix}/${of.suffix}`,
    1 / of.factor,
    {
      per: { currency, unit: unitId },
    },
  );
}

const COMPOUNDS = new Map<string, UnitDef | undefined>();

/** True for a plain id or a price '<currency>/<unit>' of a currency and a per-able unit. */
export function isUnitId(id: string): boolean {
  return BY_ID.has(id) || lookupCompound(id) !== undefined;
}

function lookupCompound(id: string): UnitDef | undefined {
  if (!COMPOUNDS.has(id)) COMPOUNDS.set(id, compound(id));
  return COMPOUNDS.get(id);
}

/** The unit with this id; throws with the known ids for anything else. */
export function unit(id: string): UnitDef {
  const found = BY_ID.get(id) ?? lookupCompound(id);
  if (!found) throw new Error(`unknown unit "${id}": use one of ${UNIT_IDS.join(', ')}, or a price such as "CNY/kWh" or "USD/t"`);
  return found;
}

/** The price unit of a currency per another unit: priceUnit('CNY', 't') → 'CNY/t'. */
export function priceUnit(currency: string, per: string): string {
  return unit(`${currency}/${per}`).id;
}

/** Plain units of one dimension. */
export const unitsOf = (dimension: Dimension): UnitDef[] => PLAIN.filter((u) => u.dimension === dimension);

/** Units a price may be per. */
export const perUnits = (): UnitDef[] => PLAIN.filter((u) => PER_DIMENSIONS.has(u.dimension));

/**
 * Units whose amounts can be compared: a dimension, except that currencies only
 * compare with themselves and prices with the same currency per the same dimension.
 */
export function family(id: string): string {
  const u = unit(id);
  if (u.dimension === 'currency') return u.id;
  if (u.per) return `${u.per.currency}/${unit(u.per.unit).dimension}`;
  return u.dimension;
}

/** An amount in the base unit of its family (300 MWh → 3e8 Wh). */
export const toBase = (amount: number, id: string): number => amount * unit(id).factor;
