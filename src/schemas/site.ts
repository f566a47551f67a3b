/** `content/site.json`: the site's identity, the one place that names it. */
import { z } from 'zod';

export const siteConfigSchema = z
  .object({
    $schema: z.string().optional(),
    /** The site's name: masthead, page titles, feed, cards, manifest, citations. */
    name: z.string().min(1).max(30).describe('Site name, e.g. 新闻图解'),
    /** For the home screen icon (web manifest short_name): at most 12 characters. */
    shortName: z
      .string()
      .min(1)
      .max(12, 'keep the short name to 12 characters or fewer: it labels a phone’s home-screen icon')
      .describe('Short name, at most 12 characters'),
    /** What the site does, in one sentence: home page, feed and manifest description, home card. */
    tagline: z.string().min(4).max(80).describe('One sentence on what the site does'),
    /** Who publishes the site, as JSON-LD and dataset citations name it; the site's name when absent. */
    publisher: z.string().min(1).optional().describe('Publisher of the site (default: its name)'),
    /** Words a reader could search for, shown under the search box as examples. */
    searchExamples: z.array(z.string().min(1).max(12)).min(1).max(5).describe('Two to five example search words that the site’s articles contain'),
    /** Whether the site also publishes its 繁體 edition under zh-hant/ (default true). */
    traditionalEdition: z.boolean().optional().describe('Publish the 繁體 edition under zh-hant/ as well (default true)'),
  })
  .strict();

export type SiteConfig = z.infer<typeof siteConfigSchema>;
