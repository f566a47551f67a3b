/** One figure (or dated event) of a report, with the sentence it comes from. */
import { z } from 'zod';
import { cnySchema, valueSchema } from './value.ts';
import { dateSchema } from './date.ts';

export const KINDS = ['investment', 'salary', 'layoff', 'market', 'event'] as const;
export type Kind = (typeof KINDS)[number];

export const recordIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase ASCII letters, digits and hyphens, e.g. "msft-openai-stake"');

export const recordSchema = z
  .object({
    /** Stable id; part of shared links (#src-<id>), so never rename one that has shipped. */
    id: recordIdSchema.describe('Stable id, kebab-case ASCII, unique across the site'),
    /** investment, salary, layoff, market (figures around them) or event (dated, no figure). */
    kind: z.enum(KINDS),
    /** Short Chinese label for charts and tables, e.g. 微软累计投资OpenAI. */
    label: z.string().min(1).max(40),
    /** Who is involved, named as in the report (each name must occur in it). */
    entities: z
      .object({
        investor: z.string().min(1).optional(),
        recipient: z.string().min(1).optional(),
        company: z.string().min(1).optional(),
      })
      .strict(),
    /** The figure; null only for events, which have none. */
    value: valueSchema.nullable(),
    cny: cnySchema.optional(),
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
  })
  .strict()
  .superRefine((r, ctx) => {
    if (r.kind === 'event' && r.value !== null)
      ctx.addIssue({ code: 'custom', path: ['value'], message: 'an event has no figure: set "value": null or change "kind"' });
    if (r.kind !== 'event' && r.value === null)
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'a figure needs a value; when the report gives none, write {"unit": …, "amount": null, "missing": "<why>"}',
      });
    if (r.cny && r.value?.unit !== 'USD')
      ctx.addIssue({ code: 'custom', path: ['cny'], message: '"cny" is the CNY equivalent of a USD figure; remove it or fix "value.unit"' });
  });

export type DataRecord = z.infer<typeof recordSchema>;
