/**
 * `content/data/<slug>.json`: the figures of one report. `datasetSchema` checks
 * the shape; `datasetSchemaFor(report)` also checks every record against the
 * report text (see provenance.ts). Ingest, the content collections and the tests
 * all validate through this module.
 */
import { z } from 'zod';
import { RECORD_KINDS } from '../lib/record-kind.ts';
import { recordSchema, tagIdSchema } from './record.ts';
import { slugSchema } from './report-meta.ts';
import { checkProvenance } from './provenance.ts';

export const notFigureSchema = z
  .object({
    /** Text of the report that looks like a figure but is not one (GPT-4, 过去一年). */
    text: z.string().min(1),
    /** Why it is not charted or listed as a figure. */
    reason: z.string().min(1),
  })
  .strict();

export const datasetSchema = z
  .object({
    $schema: z.string().optional(),
    /** Slug of the report in content/reports/. */
    report: slugSchema,
    /** Topic tags the records may carry: id → Chinese name, in the order the data page shows them. */
    tags: z.record(tagIdSchema, z.string().min(1).max(12)).optional().describe('Topic tags: id → Chinese name, in display order'),
    records: z.array(recordSchema).min(1, 'a dataset needs at least one record'),
    /** Number-like text in the report that is deliberately not a record, each with its reason. */
    notFigures: z.array(notFigureSchema).default([]),
  })
  .strict()
  .superRefine((d, ctx) => {
    const declared = Object.keys(d.tags ?? {});
    for (const tag of declared)
      if ((RECORD_KINDS as readonly string[]).includes(tag))
        ctx.addIssue({
          code: 'custom',
          path: ['tags', tag],
          message: `"${tag}" is the name of a record kind; call the tag something else (the data page anchors both)`,
        });
    d.records.forEach((r, i) =>
      r.tags?.forEach((tag, j) => {
        if (!declared.includes(tag))
          ctx.addIssue({
            code: 'custom',
            path: ['records', i, 'tags', j],
            message: `the tag "${tag}" is not declared: add "${tag}": "<中文名>" to the dataset's "tags"${declared.length ? ` or use one of ${declared.join(', ')}` : ''}`,
          });
      }),
    );
  });

export type Dataset = z.infer<typeof datasetSchema>;

/** The dataset schema with every record checked against the report's text. */
export function datasetSchemaFor(reportText: string) {
  return datasetSchema.superRefine((dataset, ctx) => {
    for (const problem of checkProvenance(dataset, reportText)) ctx.addIssue({ code: 'custom', ...problem });
  });
}
