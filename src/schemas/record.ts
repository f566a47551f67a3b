/** One figure (or dated event) of a report, with the sentence it comes from. */
import { z } from 'zod';
import { unit, isUnitId } from '../lib/units.ts';
import { changeSchema, quantitySchema } from './value.ts';
import { dateSchema } from './date.ts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const recordIdSchema = z.string().regex(KEBAB, 'use lowercase ASCII letters, digits and hyphens, e.g. "msft-openai-stake"');

export const tagIdSchema = z.string().regex(KEBAB, 'a tag id is lowercase ASCII letters, digits and hyphens, e.g. "investment"');

/** The hash `npm run draft` writes: 12 hex digits. */
export const DRAFTED_PATTERN = /^[0-9a-f]{12}$/;

const currencyOf = (id: string) => {
  if (!isUnitId(id)) return undefined;
  const u = unit(id);
  return u.dimension === 'currency' ? { currency: u.id, per: undefined } : u.per ? { currency: u.per.currency, per: u.per.unit } : undefined;
};

export const recordSchema = z
  .object({
    /** Stable id; part of shared links (#src-<id>, #rec-<id>), so never rename one that has shipped. */
    id: recordIdSchema.describe('Stable id, kebab-case ASCII, unique across the site'),
    /** Short Chinese label for charts and tables, e.g. 微软累计投资OpenAI. */
    label: z.string().min(1).max(40),
    /** Topics, each declared in the dataset's "tags" (investment, salary …). */
    tags: z.array(tagIdSchema).min(1, 'leave "tags" out when the record has none').optional().describe('Topic ids declared in the dataset\'s "tags"'),
    /** Who is involved, named as in the report (each name must occur in it). */
    entities: z
      .object({
        investor: z.string().min(1).optional(),
        recipient: z.string().min(1).optional(),
        company: z.string().min(1).optional(),
      })
      .strict(),
    /** The figure; null for events (no figure) and for changes (see "change"). */
    value: quantitySchema.nullable(),
    /** A change from one value to another (从…降至…, 增长…); then "value" is null. */
    change: changeSchema.optional(),
    /** The report's own conversion into another currency (约合人民币290万元). */
    equivalent: quantitySchema.optional().describe('The report’s own conversion, e.g. 约合人民币290万元'),
    date: dateSchema,
    /** Time horizon as worded (未来两年内), verbatim from the quote. */
    period: z.string().min(1).optional(),
    /** Another record this one is a part of (a tranche of a cumulative investment). */
    partOf: z.string().optional(),
    /** Who the report attributes the figure to; each text must occur in the report. */
    source: z
      .object({
        name: z.string().min(1).optional().describe('Named source: Levels.fyi, CB Insights, 红杉资本 …'),
        detail: z.string().min(1).optional().describe('Which publication or event of the source, e.g. AI Ascent 2024'),
        hedge: z.string().min(1).optional().describe('The report’s hedge for unnamed sources: 据悉, 消息显示, 另有消息称'),
      })
      .strict()
      .optional(),
    /** The exact words of the report this record comes from (unique in the report). */
    quote: z.string().min(4),
    /** Report words that qualify the figure (经历四轮裁员后), verbatim from the quote’s sentence. */
    detail: z.string().min(1).optional(),
    /** Written by `npm run draft`: the record is unchecked while its content still hashes to this. */
    drafted: z
      .string()
      .regex(DRAFTED_PATTERN, 'keep the 12-hex hash `npm run draft` wrote, or remove "drafted" once an editor has checked the record')
      .optional()
      .describe('Hash written by npm run draft; remove it (or edit the record) once checked'),
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.change && r.value !== null)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'a change record has "value": null; its figures go in "change" (from / to / by)' });
    if (r.equivalent) {
      const main = r.value ? currencyOf(r.value.unit) : r.change ? currencyOf((r.change.to ?? r.change.from ?? r.change.by)!.unit) : undefined;
      const eq = currencyOf(r.equivalent.unit);
      if (!eq)
        ctx.addIssue({
          code: 'custom',
          path: ['equivalent', 'unit'],
          message: '"equivalent" is an amount of money (约合人民币290万元): use a currency such as "CNY"',
        });
      else if (!main)
        ctx.addIssue({
          code: 'custom',
          path: ['equivalent'],
          message: '"equivalent" converts a sum of money; this record has none: remove "equivalent" or fix "value.unit"',
        });
      else if (main.currency === eq.currency || main.per !== eq.per)
        ctx.addIssue({
          code: 'custom',
          path: ['equivalent', 'unit'],
          message: `"equivalent" must be the same figure in another currency${main.per ? ` per ${main.per}` : ''} (value is in ${main.currency}${main.per ? `/${main.per}` : ''})`,
        });
    }
  });

export type DataRecord = z.infer<typeof recordSchema>;
