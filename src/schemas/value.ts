/** The value of a figure: an amount, a vague magnitude (数十万), or explicitly missing. */
import { z } from 'zod';
import { QUALIFIERS, UNITS, type QualifierWord } from '../lib/cn-number.ts';

const qualifierWords = Object.keys(QUALIFIERS) as [QualifierWord, ...QualifierWord[]];

export const qualifierSchema = z
  .enum(qualifierWords)
  .describe('The word the report puts next to the figure: 约/近/接近/超/多达/以上/之内 …');

export const vagueWordSchema = z
  .string()
  .regex(/^(数|几)(十|百|千)(万亿|亿|万)?$/, 'write the vague numeral as the report does, e.g. "数十万", "几百万", "数百"');

export const valueSchema = z
  .object({
    /** Normalised unit: currencies in their own unit (not 亿), people, percent (49 = 49%), share (0–1). */
    unit: z.enum(UNITS).describe('Normalised unit'),
    /** The amount in `unit`, e.g. 2900000000 for 29亿美元; null when the report gives none. */
    amount: z.number().nonnegative().nullable().describe('Amount in the unit; null if the report gives no exact number'),
    qualifier: qualifierSchema.optional(),
    /** A vague magnitude as the report words it: ["数十万", "几百万"] for 数十万到几百万. */
    vague: z.array(vagueWordSchema).min(1).max(2).optional().describe('Vague magnitude words, for figures like 数十万到几百万'),
    /** Why there is no figure (shown to readers as 未披露 with this reason). */
    missing: z.string().min(1).optional().describe('Why the report gives no figure; never use 0 for this'),
  })
  .strict()
  .superRefine((v, ctx) => {
    const given = [v.amount !== null, v.vague !== undefined, v.missing !== undefined].filter(Boolean).length;
    if (given !== 1)
      ctx.addIssue({
        code: 'custom',
        message:
          'give exactly one of: a number in "amount", vague words in "vague" (with "amount": null), or a reason in "missing" (with "amount": null)',
      });
    if (v.unit === 'share' && v.amount !== null && v.amount > 1)
      ctx.addIssue({ code: 'custom', path: ['amount'], message: 'a share is between 0 and 1 (三分之一 = 0.333333); use unit "percent" for 49%' });
  });

export const cnySchema = z
  .object({
    amount: z.number().positive().describe('The CNY equivalent the report gives, in yuan'),
    qualifier: qualifierSchema.optional(),
  })
  .strict()
  .describe('CNY equivalent as the report gives it (约合人民币290万元)');

export type Value = z.infer<typeof valueSchema>;
