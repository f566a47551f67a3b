/** Front matter of a generated article (content/articles/<report>/*.mdx). */
import { z } from 'zod';
import { reportMetaSchema, slugSchema } from './report-meta.ts';

export const citationSchema = z
  .object({
    /** Record id in the report's dataset. */
    record: z.string(),
    /** id of the sentence element that backs it (without #). */
    anchor: z.string(),
  })
  .strict();

export const articleSchema = z
  .object({
    title: z.string().min(1),
    /** The report's title: the series this article belongs to. */
    series: z.string().min(1),
    /** Slug of the report (content/reports/<report>.txt). */
    report: slugSchema,
    /** Position in the series; 0 is the lead. */
    order: z.number().int().nonnegative(),
    slug: slugSchema,
    description: z.string().min(1),
    source: reportMetaSchema.omit({ keepWhole: true }).extend({
      /** The report file and the lines this article comes from. */
      file: z.string(),
      lines: z.tuple([z.number().int().positive(), z.number().int().positive()]),
    }),
    /** Charts placed in this article, in reading order. */
    charts: z.array(z.string()).default([]),
    /** Records backed by sentences of this article, in reading order. */
    citations: z.array(citationSchema).default([]),
  })
  .strict();

export type ArticleData = z.infer<typeof articleSchema>;
