/** `content/reports/<slug>.meta.json`: where a report comes from. */
import { z } from 'zod';
import { PRECISIONS, precisionOf } from '../lib/dates.ts';
import { ID_PATTERN, idHint } from '../lib/ids.ts';

/** Slugs that would collide with the site's own top-level pages. */
export const RESERVED_SLUGS = ['data', 'charts', 'embed', 'search', 'og', '404', 'rss.xml', 'assets', '_astro'];

export const slugSchema = z.string().regex(ID_PATTERN, idHint('ai-talent-war-2024-04'));

export const reportMetaSchema = z
  .object({
    /** Editors' pointer to meta.schema.json; ignored by the site. */
    $schema: z.string().optional(),
    /** The publisher credited on every page, exactly as it names itself. */
    publisher: z.string().min(1).describe('Original publisher, e.g. 21世纪经济报道'),
    /** Publication date at the precision known: "2024-04-15", "2024-04" or "2024". */
    published: z
      .object({
        value: z.string().describe('Date as YYYY-MM-DD, YYYY-MM or YYYY'),
        precision: z.enum(PRECISIONS).describe('How precise the date is'),
      })
      .strict()
      .superRefine((d, ctx) => {
        if (precisionOf(d.value) !== d.precision)
          ctx.addIssue({
            code: 'custom',
            path: ['value'],
            message: `"${d.value}" is not a valid ${d.precision}; write it as ${d.precision === 'day' ? 'YYYY-MM-DD' : d.precision === 'month' ? 'YYYY-MM' : 'YYYY'} or change "precision"`,
          });
      }),
    /** BCP 47 language tag of the report text. */
    language: z.literal('zh-CN').describe('Language of the report; the site is zh-CN'),
    /** Link to the original, when there is one. */
    url: z
      .url({
        protocol: /^https?$/,
        error: 'write the address of the original starting with https:// or http:// (other schemes, such as javascript: or data:, are refused)',
      })
      .optional()
      .describe('Address of the original report, if known (https: or http: only)'),
    /** Names and terms of the report that the phrase segmenters cut (扎克|伯格): no line breaks inside them. */
    keepWhole: z
      .array(z.string().regex(/^\p{Script=Han}{2,12}$/u, 'write a name or term of 2 to 12 Chinese characters, as the report spells it'))
      .default([])
      .describe('Names and terms no line may break inside, e.g. 扎克伯格 (2 to 12 Chinese characters each)'),
  })
  .strict();

export type ReportMeta = z.infer<typeof reportMetaSchema>;
/** What a page credits: the meta without the typesetting setting (keepWhole). */
export type ReportSource = Omit<ReportMeta, 'keepWhole'>;
