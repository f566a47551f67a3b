/** What an OG image is drawn from. Everything here goes into the cache key. */
import { z } from 'zod';

export const ogInputSchema = z
  .object({
    /** The page title, drawn large; wraps to at most three lines, then ends with "…". */
    title: z.string().trim().min(1, 'an OG image needs a title'),
    /** Small line above the title: series name or section label. One line, cut with "…". */
    kicker: z.string().trim().default(''),
    /** Credit line at the bottom: site name and source, e.g. "AI人才战·图解 · 原文：21世纪经济报道". */
    footer: z.string().trim().default(''),
    /**
     * A complete <svg> document (e.g. a d3 chart) with width/height or a viewBox, drawn right of the
     * title in a 460×388 box; its <text> is drawn in Noto Sans SC, regular weight. Built near that size,
     * labels of 18px and more stay legible when a feed shows the card small.
     */
    chartSvg: z
      .string()
      .trim()
      .regex(/^(<\?xml[^>]*\?>\s*)?<svg[\s>]/, 'chartSvg must be a complete <svg …>…</svg> string')
      .refine(
        (svg) => !svg.includes('var('),
        'chartSvg uses var(): resvg cannot compute CSS custom properties; give colours as attributes (src/charts/palette.ts fill/stroke)',
      )
      .optional(),
    /** Glyph forms: Noto Sans SC, or Noto Sans TC for the 繁體 edition (falling back to SC for a character TC lacks). */
    script: z.enum(['sc', 'tc']).default('sc'),
  })
  .strict();

export type OgInput = z.input<typeof ogInputSchema>;
export type OgCard = z.output<typeof ogInputSchema>;
