/**
 * The reader's preferences, kept in localStorage (no cookies): the text size
 * and the edition last chosen with the 简/繁 switch. Shared by the inline script
 * in <head> (src/lib/reader-prefs-script.ts), the text-size buttons
 * (src/client/text-size.ts) and the page's CSS, which gives each size its scale.
 */

/** Text sizes, smallest first; src/styles/text-size.css gives each its scale, src/i18n/strings.ts its name. */
export const TEXT_SIZES = ['small', 'normal', 'large', 'larger'] as const;
export type TextSize = (typeof TEXT_SIZES)[number];
export const DEFAULT_TEXT_SIZE: TextSize = 'normal';

/** localStorage keys. */
export const STORAGE = { textSize: 'text-size', edition: 'edition' } as const;

/** A stored value as a size: anything else (nothing stored, an old value) is the default. */
export const textSizeOf = (stored: string | null | undefined): TextSize =>
  (TEXT_SIZES as readonly string[]).includes(stored ?? '') ? (stored as TextSize) : DEFAULT_TEXT_SIZE;

/** The size one step (−1 or +1) from the current one, staying within the list. */
export function stepTextSize(current: string | undefined, step: number): TextSize {
  const i = TEXT_SIZES.indexOf(textSizeOf(current));
  return TEXT_SIZES[Math.min(TEXT_SIZES.length - 1, Math.max(0, i + step))];
}
