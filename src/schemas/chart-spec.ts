/** `content/charts/<slug>.json`: which charts a report gets, what they plot and where they stand. */
import { z } from 'zod';
import { recordIdSchema } from './record.ts';
import { slugSchema } from './report-meta.ts';

/** Chart builders that exist in src/charts/; a spec naming another type is refused. */
export const CHART_TYPES = ['investments', 'timeline', 'salaries', 'layoffs', 'compute', 'concentration'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

export const chartSpecSchema = z
  .object({
    /** Stable id, unique across the site; part of shared links (/charts/<id>/, #chart-<id>). */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase ASCII letters, digits and hyphens'),
    /** Which builder draws it. */
    type: z.enum(CHART_TYPES, { error: `unknown chart type; use one of ${CHART_TYPES.join(', ')}` }),
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
