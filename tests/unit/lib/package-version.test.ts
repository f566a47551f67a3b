import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { versionOf } from '../../../src/lib/package-version.ts';

describe('versionOf', () => {
  it('reads the installed version, also of a package whose exports hide its package.json', () => {
    const installed = (pkg: string) => JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, 'utf8')).version;
    expect(versionOf('opencc-js')).toBe(installed('opencc-js'));
    expect(versionOf('satori')).toBe(installed('satori'));
  });

  it('says which package it cannot find', () => {
    expect(() => versionOf('no-such-package-here')).toThrow(/no-such-package-here/);
  });
});
