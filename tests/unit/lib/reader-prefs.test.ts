import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEXT_SIZE, TEXT_SIZES, stepTextSize, textSizeOf } from '../../../src/lib/reader-prefs.ts';
import { t } from '../../../src/i18n/strings.ts';

describe('text sizes', () => {
  it('reads a stored size, and anything else as the default', () => {
    for (const s of TEXT_SIZES) expect(textSizeOf(s)).toBe(s);
    for (const s of [null, undefined, '', 'huge', 'LARGE']) expect(textSizeOf(s)).toBe(DEFAULT_TEXT_SIZE);
  });

  it('steps one size at a time and stops at either end', () => {
    expect(stepTextSize(DEFAULT_TEXT_SIZE, 1)).toBe(TEXT_SIZES[TEXT_SIZES.indexOf(DEFAULT_TEXT_SIZE) + 1]);
    expect(stepTextSize(DEFAULT_TEXT_SIZE, -1)).toBe(TEXT_SIZES[TEXT_SIZES.indexOf(DEFAULT_TEXT_SIZE) - 1]);
    expect(stepTextSize(TEXT_SIZES.at(-1), 1)).toBe(TEXT_SIZES.at(-1));
    expect(stepTextSize(TEXT_SIZES[0], -1)).toBe(TEXT_SIZES[0]);
    expect(stepTextSize('garbage', 1)).toBe(stepTextSize(DEFAULT_TEXT_SIZE, 1));
  });

  it('has a name for every size, and a scale in the CSS for every size but the default, growing with the size', () => {
    expect(t.textSize.sizes).toHaveLength(TEXT_SIZES.length);
    const css = readFileSync('src/styles/text-size.css', 'utf8');
    const scale = (size: string) =>
      size === DEFAULT_TEXT_SIZE ? 1 : Number(css.match(new RegExp(`data-text-size='${size}'\\]\\s*\\{\\s*--text-scale:\\s*([\\d.]+)`))?.[1]);
    const scales = TEXT_SIZES.map(scale);
    for (const [i, s] of scales.entries()) expect(s, TEXT_SIZES[i]).toBeGreaterThan(0);
    expect(scales).toEqual([...scales].sort((a, b) => a - b));
    expect(new Set(scales).size).toBe(scales.length);
  });
});
