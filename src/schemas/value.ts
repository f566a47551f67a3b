/**
 * A figure's value: a quantity in a registry unit (an amount, a range, vague
 * words or the reason it is missing) and a change from one quantity to another.
 * Messages say what to write instead.
 */
import { z } from 'zod';
import { QUALIFIER_WORDS } from '../lib/qualifiers.ts';
import { VAGUE_WORD, type Change, type Quantity } from '../lib/quantity.ts';
import { UNIT_IDS, family, isUnitId, unit } from '../lib/units.ts';

export const qualifierSchema = z
  .enum(QUALIFIER_WORDS, { error: `use the report's own word, one of ${QUALIFIER_WORDS.join(' ')}` })
  .describe('The word the report puts next to the figure: 约/近/接近/超/超过/多达/以上/左右/不足/之内 …');

export const vagueWordSchema = z.string().regex(VAGUE_WORD, 'write the vague numeral as the report does, e.g. "数十万", "几百万", "数百", "上千"');

export const unitSchema = z
  .string()
  .refine(isUnitId, {
    error: (issue) =>
      `"${String(issue.input)}" is not a unit; use one of ${UNIT_IDS.join(', ')}, or a price "<currency>/<unit>" such as "CNY/kWh", "USD/t"`,
  })
  .describe(`Unit id: ${UNIT_IDS.join(', ')}, or a price such as CNY/kWh, CNY/t`);

const amountSchema = z.number().nonnegative('write the size of the figure; a fall is a "change" with "direction": "down"');

export const quantitySchema = z
  .object({
    /** A registry unit, the unit as the report writes it (300兆瓦时 → MWh, 七成 → percent). */
    unit: unitSchema,
    /** The amount in `unit` (29亿美元 → 2900000000, 七成 → 70); null when a range, vague or missing. */
    amount: amountSchema.nullable().describe('Amount in the unit; null for a range, vague words or a missing figure'),
    qualifier: qualifierSchema.optional(),
    /** 6到9个月 → [6, 9]: low and high, in the unit. */
    range: z.tuple([amountSchema, amountSchema]).optional().describe('Low and high of a range (6到9个月 → [6, 9])'),
    /** A vague magnitude as the report words it: ["数十万", "几百万"] for 数十万到几百万. */
    vague: z
      .union([z.tuple([vagueWordSchema]), z.tuple([vagueWordSchema, vagueWordSchema])])
      .optional()
      .describe('Vague words, e.g. ["数百"] or ["数十万", "几百万"]'),
    /** Why there is no figure (shown to readers as 未披露 with this reason). */
    missing: z.string().min(1).optional().describe('Why the report gives no figure; never use 0 for this'),
  })
  .strict()
  .superRefine((q, ctx) => {
    const given = [q.amount !== null, q.range !== undefined, q.vague !== undefined, q.missing !== undefined].filter(Boolean).length;
    if (given !== 1)
      ctx.addIssue({
        code: 'custom',
        message:
          'give exactly one of: a number in "amount", a "range" [low, high], vague words in "vague", or a reason in "missing" (the last three with "amount": null)',
      });
    if (q.range && !(q.range[0] < q.range[1]))
      ctx.addIssue({ code: 'custom', path: ['range'], message: 'write the range low first, high second, e.g. [6, 9] for 6到9个月' });
    if (!isUnitId(q.unit)) return;
    const dim = unit(q.unit).dimension;
    if (dim === 'share' && [q.amount ?? 0, ...(q.range ?? [])].some((a) => a > 1))
      ctx.addIssue({
        code: 'custom',
        path: ['amount'],
        message: 'a share is between 0 and 1 (三分之一 = 0.333333); use unit "percent" for 49% or 七成 (= 70)',
      });
  }) satisfies z.ZodType<Quantity>;

export const directionSchema = z.enum(['up', 'down'], { error: 'write "up" (增长, 上升, 提高, 涨) or "down" (下降, 降至, 减少, 跌)' });

export const changeSchema = z
  .object({
    /** 增长/上升/提高/涨 → up; 下降/降至/减少/跌 → down. */
    direction: directionSchema,
    /** The value before (从每吨1.2万元). */
    from: quantitySchema.optional(),
    /** The value after (降至8000元左右). */
    to: quantitySchema.optional(),
    /** By how much (增长超过一倍 → {"unit": "times", "amount": 1, "qualifier": "超过"}). */
    by: quantitySchema.optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    if (!c.from && !c.to && !c.by) ctx.addIssue({ code: 'custom', message: 'a change needs at least one of "from", "to" or "by"' });
    if (c.from && c.to && isUnitId(c.from.unit) && isUnitId(c.to.unit) && family(c.from.unit) !== family(c.to.unit))
      ctx.addIssue({
        code: 'custom',
        path: ['to', 'unit'],
        message: `"from" is in ${c.from.unit} and "to" in ${c.to.unit}: write both in comparable units (a price falling to 8000元 is "${c.from.unit}" when it falls from one)`,
      });
  }) satisfies z.ZodType<Change>;

export type { Change, Quantity };
