/**
 * Reproducible: two clean builds of the same commit give byte-identical dist/.
 * The second runs 400 days later by its clock, in another time zone and locale,
 * so a date taken from the clock or a locale-dependent sort shows up as a diff.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { astroBuild } from '../support/build.ts';

/** CONTENT_DIR=content builds the site's own content with a cache of its own (see astro.config.mjs). */
const CACHE = 'node_modules/.astro-content';
const DAY = 24 * 3600 * 1000;

function files(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) {
      const p = join(e.parentPath, e.name);
      out.set(relative(dir, p), createHash('sha256').update(readFileSync(p)).digest('hex'));
    }
  return out;
}

function cleanBuild(env: Record<string, string>, nodeArgs: string[] = []): Map<string, string> {
  const out = mkdtempSync(join(tmpdir(), 'repro-'));
  rmSync(CACHE, { recursive: true, force: true });
  const build = astroBuild({ CONTENT_DIR: 'content', OUT_DIR: out, ...env }, nodeArgs);
  expect(build.status, build.output).toBe(0);
  const hashes = files(out);
  rmSync(out, { recursive: true, force: true });
  return hashes;
}

describe('two clean builds', () => {
  let a: Map<string, string>;
  let b: Map<string, string>;
  beforeAll(() => {
    a = cleanBuild({ TZ: 'Asia/Shanghai', LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8' });
    b = cleanBuild({ TZ: 'America/Los_Angeles', LC_ALL: 'zh_CN.UTF-8', LANG: 'zh_CN.UTF-8', CLOCK_SHIFT_MS: String(400 * DAY + 12_345) }, [
      '--import',
      './tests/support/shift-clock.ts',
    ]);
  }, 600_000);

  it('write the same files', () => {
    expect(a.size).toBeGreaterThan(0);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  });

  it('with the same bytes', () => {
    const differ = [...a].filter(([f, hash]) => b.has(f) && b.get(f) !== hash).map(([f]) => f);
    expect(differ, `files that differ between the builds:\n${differ.join('\n')}`).toEqual([]);
  });
});

describe('the clock shift', () => {
  it('moves the clock a build reads', () => {
    const years = execFileSync(
      process.execPath,
      ['--import', './tests/support/shift-clock.ts', '-p', '[new Date().getUTCFullYear(), new Date(Date.now()).getUTCFullYear()].join(" ")'],
      {
        env: { ...process.env, CLOCK_SHIFT_MS: String(400 * DAY) },
        encoding: 'utf8',
      },
    );
    for (const year of years.trim().split(' ').map(Number)) expect(year).toBeGreaterThan(new Date().getUTCFullYear());
  });
});
