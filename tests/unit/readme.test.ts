/** The promises README.md makes to a newcomer, and CI keeping them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

describe('README', () => {
  it('opens with exactly two commands: install and serve, then test', () => {
    const first = /^```sh\n([\s\S]*?)\n```/.exec(readme);
    expect(first, 'README starts with a sh code block').not.toBeNull();
    expect(first![1].split('\n')).toEqual(['npm install && npm start', 'npm test']);
    expect(pkg.scripts.start).toMatch(/build\.ts --local && astro preview/);
    expect(pkg.scripts.test).toBeDefined();
  });

  it('is what CI runs', () => {
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toMatch(/apt-get install .*chromium|packages\+=\(chromium\)/);
    expect(ci).toMatch(/fonts-noto-cjk/);
    expect(ci).toMatch(/^npm ci$/m);
    expect(ci.trim().split('\n').at(-1)).toBe('npm test');
  });
});
