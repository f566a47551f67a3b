/** `content/charts/<slug>.json`: which charts a report gets, what they plot and where they stand. */
import { z } from 'zod';
import { recordIdSchema } from './record.ts';
import { slugSchema } from './report-meta.ts';

/** Visual forms that exist in src/charts/forms/; a spec naming another is refused. */
export const FORM_NAMES = ['bars', 'range', 'change', 'part-whole', 'timeline', 'ratio'] as const;
export type FormName = (typeof FORM_NAMES)[number];

export const chartSpecSchema = z
  .object({
    /** Stable id, unique across the site; part of shared links (/charts/<id>/, #chart-<id>). */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase ASCII letters, digits and hyphens'),
    /** The visual form that draws it: bars, range, change (from → to), part-whole, timeline, ratio. */
    form: z.enum(FORM_NAMES, { error: `unknown chart form; use one of ${FORM_NAMES.join(', ')}` }),
    /** Options of the form, by name (each form's \`defaults\` lists them); checked against the records at ingest. */
    options: z.record(z.string(), z.unknown()).default({}),
    /** Headline of the figure, in Chinese, without figures (numbers come from the data). */
    title: z.string().min(1).max(30),
    /** One sentence saying what to see. */
    dek: z.string().min(1).max(80),
    /** Records plotted, in the order the builder should consider them. */
    records: z.array(recordIdSchema).min(1),
    /** Words of the report after whose paragraph the chart stands (unique in the report). */
    after: z.string().min(2),
    /** Notes under the chart (method, caveats). */
    notes: z.array(z.string().min(1)).default([]),
  })
  .strict();

export const chartFileSchema = z
  .object({
    $schema: z.string().optional(),
    report: slugSchema,
    charts: z.array(chartSpecSchema),
  })
  .strict();

export type ChartSpec = z.infer<typeof chartSpecSchema>;
export type ChartFile = z.infer<typeof chartFileSchema>;
