/** Checks every form shares: its options, and whether records' figures fit one value axis. */
import type { z } from 'zod';
import type { SpecProblem } from '../types.ts';
import { recordKind, unitInfo, type ChartRecord } from '../record.ts';

/** Option problems as spec problems under "options", each naming what to write instead. */
export function optionProblems(schema: z.ZodType, options: unknown): SpecProblem[] {
  const parsed = schema.safeParse(options ?? {});
  if (parsed.success) return [];
  const known = 'shape' in schema ? Object.keys((schema as unknown as z.ZodObject).shape) : [];
  return parsed.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((k) => ({
          path: ['options', ...(issue.path as (string | number)[]), k],
          message: `unknown option "${k}"; use one of ${known.join(', ') || '(none: remove "options")'}`,
        }))
      : [{ path: ['options', ...(issue.path as (string | number)[])], message: issue.message }],
  );
}

/** Where a record's figure is not a plain amount, which form draws it. */
export function formFor(r: ChartRecord): 'change' | 'range' | 'timeline' | undefined {
  const kind = recordKind(r);
  if (kind === 'change') return 'change';
  if (kind === 'event') return 'timeline';
  if (r.value?.range || (r.value?.vague?.length ?? 0) > 1) return 'range';
  return undefined;
}

export function unknownUnit(r: ChartRecord): string | undefined {
  for (const q of [r.value, r.change?.from, r.change?.to, r.change?.by, r.equivalent]) {
    if (!q) continue;
    try {
      unitInfo(q.unit);
    } catch {
      return q.unit;
    }
  }
  return undefined;
}

/**
 * One axis, one unit: records whose `unitOf` differ are listed by unit, with
 * the fix. `index` maps a record back to its place in the spec's list.
 */
/** The problem of record i when one of its quantities has a unit the registry does not know. */
export function unknownUnitProblem(r: ChartRecord, i: number): SpecProblem | undefined {
  const unit = unknownUnit(r);
  return unit ? { path: ['records', i], message: `"${r.id}" has the unknown unit "${unit}"; use a unit id of src/lib/units.ts` } : undefined;
}

export function mixedUnits(records: ChartRecord[], unitOf: (r: ChartRecord) => string | undefined, index: (r: ChartRecord) => number): SpecProblem[] {
  const byUnit = new Map<string, string[]>();
  for (const r of records) {
    const u = unitOf(r);
    if (u) byUnit.set(u, [...(byUnit.get(u) ?? []), r.id]);
  }
  if (byUnit.size < 2) return [];
  const [main] = [...byUnit].sort((a, b) => b[1].length - a[1].length);
  return records
    .filter((r) => unitOf(r) && unitOf(r) !== main[0])
    .map((r) => ({
      path: ['records', index(r)],
      message: `"${r.id}" is in ${unitOf(r)} but the axis is in ${main[0]} (${main[1].join(', ')}); one axis has one unit: put it in a chart of its own or convert it`,
    }));
}
