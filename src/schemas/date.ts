/** When a figure or event happened, at the precision the report gives. */
import { z } from 'zod';
import { PRECISIONS, precisionOf } from '../lib/dates.ts';

export const dateSchema = z
  .object({
    value: z.string().optional().describe('YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY'),
    precision: z.enum(PRECISIONS).optional(),
    part: z.enum(['early', 'late']).optional().describe('年初/月初 = early, 年末/月末 = late'),
    /** Cumulative figures "as of" the date (截至2023年12月). */
    asOf: z.boolean().optional(),
    /** Relative wording (上个月, 两周之前) resolved by the editor against `anchor`. */
    relative: z
      .object({
        text: z.string().min(1).describe('The relative words, verbatim from the quote’s sentence'),
        anchor: z.string().min(1).optional().describe('What it is relative to, verbatim (e.g. 4月10日); default: the report’s date'),
      })
      .strict()
      .optional(),
    /** Why the report gives no date. */
    missing: z.string().min(1).optional(),
  })
  .strict()
  .superRefine((d, ctx) => {
    if (d.missing !== undefined) {
      if (d.value !== undefined || d.precision !== undefined)
        ctx.addIssue({ code: 'custom', message: 'a date is either given ("value" + "precision") or "missing", not both' });
      return;
    }
    if (d.value === undefined || d.precision === undefined) {
      ctx.addIssue({ code: 'custom', message: 'give "value" and "precision", or a reason in "missing"' });
      return;
    }
    if (precisionOf(d.value) !== d.precision)
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: `"${d.value}" is not a valid ${d.precision}; use YYYY-MM-DD (day), YYYY-MM (month), YYYY-Qn (quarter) or YYYY (year)`,
      });
  });

export type RecordDate = z.infer<typeof dateSchema>;
