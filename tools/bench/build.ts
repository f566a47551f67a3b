/**
 * One timed `astro build` in a child process, and the machine it ran on.
 * Clean builds remove the output and every cache first.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { buildEnv } from '../../tests/support/build.ts';
import { waitForQuietCpu } from '../../tests/support/lighthouse.ts';
import { CHROMIUM } from '../../tests/support/browser.ts';
import { DEFAULT_CACHE_DIR } from '../../src/og/cache.ts';
import { HANT_CACHE_DIR } from '../../src/edition/page-cache.ts';

export interface BuildRun {
  ms: number;
  /** Slowest minus fastest of the runs a median was taken from. */
  spreadMs?: number;
  /** Peak resident memory of the build process, MB (GNU time), or NaN where /usr/bin/time is missing. */
  peakMb: number;
  /** What the build printed about the share images and the 繁體 edition (drawn, converted, from cache). */
  printed?: string[];
}

/** Astro's cache folder for a content folder, as astro.config.mjs names it. */
export const cacheDirFor = (contentDir?: string) =>
  contentDir ? `node_modules/.astro-${contentDir.replace(/[^a-z0-9]+/gi, '-')}` : 'node_modules/.astro';

export async function build(env: Record<string, string>): Promise<BuildRun> {
  // Time this build, not the neighbours': start when the CPU is quiet (or after 30 s).
  await waitForQuietCpu(0.6, 30_000);
  const astro = [process.execPath, 'node_modules/astro/bin/astro.mjs', 'build'];
  const useTime = existsSync('/usr/bin/time');
  const start = performance.now();
  const r = spawnSync(useTime ? '/usr/bin/time' : astro[0], useTime ? ['-v', ...astro] : astro.slice(1), {
    env: buildEnv(env),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`build failed (${JSON.stringify(env)}):\n${r.stdout}\n${r.stderr}`);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr ?? '');
  const printed = (r.stdout ?? '')
    .split('\n')
    .filter((l) => /share images:|繁體 edition:/.test(l))
    .map((l) => l.replace(/^.*?\] /, ''));
  return { ms, peakMb: rss ? Number(rss[1]) / 1024 : Number.NaN, printed };
}

export function cleanBuild(out: string, contentDir?: string): Promise<BuildRun> {
  // Clean: no output folder and no caches (Astro's content cache, the OG image cache).
  for (const p of [out, cacheDirFor(contentDir), DEFAULT_CACHE_DIR, HANT_CACHE_DIR]) rmSync(p, { recursive: true, force: true });
  return build({ OUT_DIR: out, ...(contentDir ? { CONTENT_DIR: contentDir } : {}) });
}

export function machine() {
  const mem = /MemTotal:\s+(\d+) kB/.exec(readFileSync('/proc/meminfo', 'utf8'));
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {}
  return {
    date: execFileSync('date', { encoding: 'utf8' }).trim(),
    cores: execFileSync('nproc', { encoding: 'utf8' }).trim(),
    cpu: cpus()[0]?.model ?? 'unknown',
    memory: mem ? `${(Number(mem[1]) / 1024 / 1024).toFixed(1)} GiB` : 'unknown',
    node: process.version,
    astro: JSON.parse(readFileSync('node_modules/astro/package.json', 'utf8')).version as string,
    chromium,
    load: loadavg()
      .map((l) => l.toFixed(2))
      .join(' '),
  };
}
