/**
 * What sort of record this is, derived from its value (never stored): an event
 * has no figure, a change goes from one value to another, the rest by the
 * dimension of the unit. Chinese names are t.kinds.
 */
import { unit } from './units.ts';
import type { Change, Quantity } from './quantity.ts';

export const RECORD_KINDS = ['event', 'change', 'money', 'count', 'share', 'measure'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export function recordKind(r: { value: Quantity | null; change?: Change }): RecordKind {
  if (r.change) return 'change';
  if (!r.value) return 'event';
  switch (unit(r.value.unit).dimension) {
    case 'currency':
      return 'money';
    case 'count':
      return 'count';
    case 'percent':
    case 'share':
    case 'points':
      return 'share';
    default:
      return 'measure';
  }
}
