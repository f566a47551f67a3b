/**
 * What a share poster is made from: the page's own words (never text the page
 * does not show), its lead chart in a few drawings to choose from, and the page's
 * address for the QR code. Laid out by layout.ts into a sheet.
 */
import { z } from 'zod';

const text = z.string().trim();
const svg = z
  .string()
  .trim()
  .regex(/^(<\?xml[^>]*\?>\s*)?<svg[\s>]/, 'a chart drawing must be a complete <svg …>…</svg> string')
  .refine((s) => !s.includes('var('), 'a chart drawing uses var(): resvg cannot compute CSS custom properties; give colours as attributes');

export const posterInputSchema = z
  .object({
    /** The page's canonical URL: what the QR code holds. */
    url: z.url({ protocol: /^https?$/ }),
    /** The line above the headline, as the page shows it (series · part, or the chart's article). */
    kicker: text.default(''),
    /** The page's headline (h1). */
    title: text.min(1, 'a poster needs a title'),
    /** The source line under the headline (publisher, date). */
    byline: text.default(''),
    /** The chart page's dek, under the headline. */
    dek: text.optional(),
    /** The lead chart: its heading (left out on a chart's own page, where it is the headline), drawings and source line. */
    chart: z
      .object({
        title: text.optional(),
        /** The chart's builder at the poster's width, most marks first; the layout takes the first that fits. */
        drawings: z.array(svg).min(1),
        source: text,
      })
      .strict()
      .optional(),
    /** The key figures' heading (要点) and lines, as the page's list words them, in its order. */
    pointsHeading: text.default(''),
    points: z.array(text.min(1)).default([]),
    /** The site's name and the note every page's footer carries. */
    site: text.min(1),
    note: text.default(''),
  })
  .strict();

export type PosterInput = z.input<typeof posterInputSchema>;
export type PosterFields = z.output<typeof posterInputSchema>;
