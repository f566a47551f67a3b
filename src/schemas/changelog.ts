/**
 * `content/changelog/<slug>.json`: the published versions of a report's dataset.
 * The last entry names the current version (a content hash) and the day it
 * changed; the build refuses a dataset whose hash is not the last entry's, so
 * the date on the data page comes from the content, never from the build clock.
 */
import { z } from 'zod';
import { precisionOf } from '../lib/dates.ts';
import { slugSchema } from './report-meta.ts';

export const VERSION_PATTERN = /^[0-9a-f]{12}$/;

export const changeSchema = z
  .object({
    /** The day the dataset changed (YYYY-MM-DD). */
    date: z
      .string()
      .refine((v) => precisionOf(v) === 'day', 'write the day of the change as YYYY-MM-DD, e.g. "2024-05-02"')
      .describe('Day of the change, YYYY-MM-DD'),
    /** Content hash of the dataset after the change; the build prints it when it is due. */
    version: z.string().regex(VERSION_PATTERN, 'use the 12-character version the build gives').describe('Content hash of the dataset'),
    /** What changed, in Chinese, for readers (shown on the data page). */
    note: z.string().min(1).max(200).describe('What changed, for readers'),
  })
  .strict();

export const changelogSchema = z
  .object({
    $schema: z.string().optional(),
    /** Slug of the report whose dataset this is. */
    report: slugSchema,
    /** Oldest first; the last entry is the current version. */
    changes: z.array(changeSchema).min(1, 'a changelog needs at least the first release'),
  })
  .strict()
  .superRefine((log, ctx) => {
    log.changes.forEach((c, i) => {
      const prev = log.changes[i - 1];
      if (prev && c.date < prev.date)
        ctx.addIssue({
          code: 'custom',
          path: ['changes', i, 'date'],
          message: `${c.date} is before the previous entry's ${prev.date}; keep entries oldest first`,
        });
      if (prev && c.version === prev.version)
        ctx.addIssue({ code: 'custom', path: ['changes', i, 'version'], message: 'same version as the previous entry: an entry is a change' });
    });
  });

export type Change = z.infer<typeof changeSchema>;
export type Changelog = z.infer<typeof changelogSchema>;
