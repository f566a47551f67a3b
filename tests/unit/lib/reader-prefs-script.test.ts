import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { READER_PREFS, READER_PREFS_HASH } from '../../../src/lib/reader-prefs-script.ts';
import { metaPolicy } from '../../../src/security/policy.ts';

describe('the inline reader-preferences script', () => {
  it('is one line of valid script, small enough to sit in every page’s <head>', () => {
    expect(() => new Function(READER_PREFS)).not.toThrow();
    expect(READER_PREFS).not.toContain('\n');
    expect(Buffer.byteLength(READER_PREFS)).toBeLessThan(1200);
  });

  it('holds no Chinese, so the 繁體 edition keeps it byte for byte and its hash holds there too', () => {
    expect(READER_PREFS).not.toMatch(/\p{Script=Han}/u);
  });

  it('is allowed by its hash in the page policy', () => {
    const hash = `'sha256-${createHash('sha256').update(READER_PREFS).digest('base64')}'`;
    expect(READER_PREFS_HASH).toBe(hash);
    expect(metaPolicy('/a/', '/', [READER_PREFS])).toContain(`script-src 'self' ${hash};`);
  });
});
