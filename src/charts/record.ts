/**
 * The record model the chart forms read (the shared contract of issue 10):
 * a `value` Quantity in a unit of the registry, or a `change`, an `equivalent`,
 * topic tags. Structural types, so the dataset schema's records fit them.
 *
 * Until the figures branch (src/lib/units.ts, record-kind.ts, the migrated
 * content/data) is merged, `chartRecord` also reads the seed's older shape
 * (`kind`, `cny`, unit `count`) and `unitInfo` knows the units charts need.
 * After the merge: `unitInfo` → `unit()` from src/lib/units.ts, and
 * `chartRecord` is the identity.
 */
import type { PartialDate } from '../lib/dates.ts';

export interface Quantity {
  unit: string;
  amount: number | null;
  qualifier?: string;
  range?: [number, number];
  vague?: [string] | [string, string] | string[];
  missing?: string;
}

export interface Change {
  direction: 'up' | 'down';
  from?: Quantity;
  to?: Quantity;
  by?: Quantity;
}

export interface RecordDate extends Partial<PartialDate> {
  value?: string;
  asOf?: boolean;
  relative?: { text: string; anchor?: string };
  missing?: string;
}

export interface ChartRecord {
  id: string;
  label: string;
  tags?: string[];
  entities: { investor?: string; recipient?: string; company?: string };
  value: Quantity | null;
  change?: Change;
  equivalent?: Quantity;
  date: RecordDate;
  period?: string;
  partOf?: string;
  source?: { name?: string; detail?: string; hedge?: string };
  quote: string;
  detail?: string;
}

export type Dimension = 'currency' | 'count' | 'energy' | 'power' | 'duration' | 'percent' | 'points' | 'multiple' | 'share' | 'mass' | 'price';

export interface UnitInfo {
  id: string;
  dimension: Dimension;
  /** How the site writes it after a number: 美元, 人, 兆瓦时, %, 个百分点. */
  suffix: string;
}

const UNITS: Record<string, [Dimension, string]> = {
  USD: ['currency', '美元'], CNY: ['currency', '元'], EUR: ['currency', '欧元'], JPY: ['currency', '日元'], HKD: ['currency', '港元'], GBP: ['currency', '英镑'],
  people: ['count', '人'], firms: ['count', '家'], items: ['count', '个'], units: ['count', '台'], vehicles: ['count', '辆'], models: ['count', '个'], rounds: ['count', '轮'], projects: ['count', '个'],
  Wh: ['energy', '瓦时'], kWh: ['energy', '千瓦时'], MWh: ['energy', '兆瓦时'], GWh: ['energy', '吉瓦时'], TWh: ['energy', '太瓦时'],
  W: ['power', '瓦'], kW: ['power', '千瓦'], MW: ['power', '兆瓦'], GW: ['power', '吉瓦'], TW: ['power', '太瓦'],
  days: ['duration', '天'], weeks: ['duration', '周'], months: ['duration', '个月'], years: ['duration', '年'],
  percent: ['percent', '%'], pp: ['points', '个百分点'], times: ['multiple', '倍'], share: ['share', ''], t: ['mass', '吨'], kg: ['mass', '千克'],
};

/** The dimension and suffix of a unit id (compound prices such as CNY/Wh included); throws on unknown ids. */
export function unitInfo(id: string): UnitInfo {
  const plain = UNITS[id];
  if (plain) return { id, dimension: plain[0], suffix: plain[1] };
  const [money, per] = id.split('/');
  if (per && UNITS[money]?.[0] === 'currency' && UNITS[per]) return { id, dimension: 'price', suffix: `${UNITS[money][1]}/${UNITS[per][1]}` };
  throw new Error(`unknown unit "${id}"`);
}

export type RecordKind = 'event' | 'change' | 'money' | 'count' | 'share' | 'measure';

/** What a record is, derived from its figure (never stored). */
export function recordKind(r: ChartRecord): RecordKind {
  if (r.change) return 'change';
  if (!r.value) return 'event';
  const d = unitInfo(r.value.unit).dimension;
  return d === 'currency' ? 'money' : d === 'count' ? 'count' : d === 'percent' || d === 'share' || d === 'points' ? 'share' : 'measure';
}

/** The entity a record is about, for its colour: who invests, else the company. */
export const entityOf = (r: ChartRecord): string | undefined => r.entities.investor ?? r.entities.company;

/** A record in the contract's shape; records in the seed's older shape are read too (see above). */
export function chartRecord(r: ChartRecord & { kind?: string; cny?: { amount: number; qualifier?: string } }): ChartRecord {
  if (r.kind === undefined && r.cny === undefined && r.value?.unit !== 'count') return r;
  const { kind, cny, ...rest } = r;
  return {
    ...rest,
    tags: rest.tags ?? (kind && kind !== 'event' ? [kind] : undefined),
    value: rest.value && rest.value.unit === 'count' ? { ...rest.value, unit: 'items' } : rest.value,
    equivalent: rest.equivalent ?? (cny ? { unit: 'CNY', amount: cny.amount, qualifier: cny.qualifier } : undefined),
  };
}
