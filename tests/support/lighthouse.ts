/**
 * Lighthouse 13 on Debian's Chromium, the one runner behind the Lighthouse gate
 * (tests/lighthouse/) and `npm run bench`. Mobile preset (Lighthouse's default:
 * simulated slow 4G and a 4x slower CPU), the four categories, one page at a
 * time: runs share 2 cores with everything else, so never run them in parallel.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { CHROMIUM, CHROMIUM_ARGS } from './browser.ts';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

/** The audits Lighthouse weighs into the performance score. */
export const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'speed-index',
  'total-blocking-time',
  'cumulative-layout-shift',
] as const;
export type Metric = (typeof METRICS)[number];
/**
 * Performance metrics the gate asserts, and the score each must reach. Lighthouse's
 * simulated timings scale this machine's observed main-thread tasks by 4, so they move
 * with a shared CPU: the same data page scored first contentful paint 1.06–1.43 s in six
 * idle runs (score 100 to 97), and a 3 KB page with no script measured total blocking
 * time 0–840 ms. So the test asserts the timings only at Lighthouse's "good" band (90),
 * which a render-blocking script, a web font or a large image misses by seconds; the
 * target of 100 is measured by `npm run bench` (median of runs). Blocking time is only
 * measured there. Layout shift is not a timing: it must be 0 (lighthouseProblems).
 */
export const GATED_METRICS: Readonly<Partial<Record<Metric, number>>> = {
  'first-contentful-paint': 90,
  'largest-contentful-paint': 90,
  'speed-index': 90,
  'cumulative-layout-shift': 100,
};

export interface LighthouseFigures {
  url: string;
  /** 0–100 per category. */
  scores: Record<Category, number>;
  /** Milliseconds, simulated (Lighthouse's mobile throttling). */
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  /** Bytes transferred to show the page (Lighthouse's total-byte-weight). */
  bytes: number;
  /** 0–100 per metric audit of the performance score (its weighted parts). */
  metricScores: Record<Metric, number>;
  /** Audits of a category that scored below 1, with Lighthouse's title: what to fix. */
  failing: string[];
  runWarnings: string[];
}

export interface LighthouseRunner {
  run(url: string): Promise<LighthouseFigures>;
  close(): Promise<void>;
}

/**
 * Lighthouse's runtime errors that say "please run Lighthouse again": its trace or
 * screenshots were not recorded (CI once lost a run to NO_NAVSTART on a page that
 * passed before and after). No page causes them. NO_FCP and NO_LCP are left out:
 * a page that paints nothing is the page's fault.
 */
export const TRACE_GLITCHES: ReadonlySet<string> = new Set([
  'NO_SPEEDLINE_FRAMES',
  'SPEEDINDEX_OF_ZERO',
  'NO_SCREENSHOTS',
  'INVALID_SPEEDLINE',
  'NO_TRACING_STARTED',
  'NO_RESOURCE_REQUEST',
  'NO_NAVSTART',
  'NO_DCL',
]);

/**
 * Runs audit until its result has no trace glitch, at most tries times. Returns the last
 * result (which may still carry a runtime error) and the codes of the runs thrown away.
 */
export async function retryTraceGlitches<T extends { runtimeError?: { code: string } }>(
  audit: () => Promise<T>,
  tries = 3,
): Promise<{ lhr: T; discarded: string[] }> {
  const discarded: string[] = [];
  for (;;) {
    const lhr = await audit();
    const code = lhr.runtimeError?.code;
    if (!code || !TRACE_GLITCHES.has(code) || discarded.length + 1 >= tries) return { lhr, discarded };
    discarded.push(code);
  }
}

/** Starts Chromium with a DevTools port (Lighthouse drives it over CDP). */
async function startChromium(): Promise<{ port: number; proc: ChildProcess; profile: string }> {
  const profile = mkdtempSync(join(tmpdir(), 'lh-profile-'));
  const proc = spawn(CHROMIUM, [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let err = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port in 30 s:\n${err}`)), 30_000);
    proc.stderr!.on('data', (chunk: Buffer) => {
      err += chunk;
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(Number(m[1]));
      }
    });
    proc.on('exit', (code) => reject(new Error(`Chromium exited (${code}) before opening a DevTools port:\n${err}`)));
  });
  proc.stderr!.resume();
  return { port, proc, profile };
}

/**
 * Starts Chromium and Lighthouse. With warmUp, audits that page once and discards the
 * result: the first page a fresh Chromium draws loads the system's CJK fonts, which
 * took a 580 ms layout (160 ms once warm) and would be counted against whichever page
 * happens to be first.
 */
export async function startLighthouse(warmUp?: string): Promise<LighthouseRunner> {
  const { port, proc, profile } = await startChromium();
  const runner: LighthouseRunner = {
    async run(url) {
      const { lhr, discarded } = await retryTraceGlitches(async () => {
        const result = await lighthouse(url, {
          port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: [...CATEGORIES],
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
        return result.lhr;
      });
      if (lhr.runtimeError) {
        const before = discarded.length ? ` (after ${discarded.join(', ')})` : '';
        throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}${before}`);
      }
      const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
      const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c]?.score ?? 0) * 100)])) as Record<Category, number>;
      const failing = CATEGORIES.flatMap((c) =>
        (lhr.categories[c]?.auditRefs ?? [])
          .filter((ref) => ref.weight > 0)
          .map((ref) => lhr.audits[ref.id])
          .filter((a) => a && a.score !== null && a.score < 1)
          .map((a) => `${c}: ${a.id} (${a.score}) ${a.title}${a.displayValue ? ` — ${a.displayValue}` : ''}`),
      );
      return {
        url,
        scores,
        fcp: audit('first-contentful-paint'),
        lcp: audit('largest-contentful-paint'),
        tbt: audit('total-blocking-time'),
        cls: audit('cumulative-layout-shift'),
        bytes: audit('total-byte-weight'),
        metricScores: Object.fromEntries(METRICS.map((m) => [m, Math.round((lhr.audits[m]?.score ?? 0) * 100)])) as Record<Metric, number>,
        failing,
        runWarnings: [...discarded.map((code) => `a run was discarded and redone: Lighthouse's trace failed (${code})`), ...lhr.runWarnings],
      };
    },
    async close() {
      const exited = new Promise((resolve) => proc.once('exit', resolve));
      proc.kill();
      await exited;
      rmSync(profile, { recursive: true, force: true });
    },
  };
  if (warmUp) await runner.run(warmUp);
  return runner;
}

/**
 * Why a run misses the gate: accessibility, best practices or SEO below 100, a
 * performance metric below its GATED_METRICS score, or any layout shift. Empty when it
 * passes. The whole performance score (with blocking time) is `npm run bench`'s.
 */
export function lighthouseProblems(f: LighthouseFigures): string[] {
  return [
    ...CATEGORIES.filter((c) => c !== 'performance' && f.scores[c] < 100).map((c) => `${c} ${f.scores[c]}`),
    ...Object.entries(GATED_METRICS)
      .filter(([m, min]) => f.metricScores[m as Metric] < min)
      .map(([m, min]) => `performance: ${m} ${f.metricScores[m as Metric]} (below ${min})`),
    ...(f.cls > 0 ? [`CLS ${f.cls}`] : []),
  ];
}

/** Share of CPU time spent idle across all cores over the next ms milliseconds (Linux /proc/stat). */
async function idleShare(ms = 1000): Promise<number> {
  const read = () => {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { idle: f[3] + (f[4] ?? 0), total: f.reduce((a, b) => a + b, 0) };
  };
  const a = read();
  await new Promise((r) => setTimeout(r, ms));
  const b = read();
  return b.total > a.total ? (b.idle - a.idle) / (b.total - a.total) : 1;
}

/**
 * Waits (up to timeoutMs) for a second in which at least minIdle of the CPU is idle.
 * Lighthouse's simulated timings scale what it observes by 4: on 2 shared cores,
 * a neighbour's build turns 20 ms of layout into 240 ms of "blocking time".
 * Returns the idle share seen last, so a run made on a busy machine can say so.
 */
export async function waitForQuietCpu(minIdle = 0.6, timeoutMs = 60_000): Promise<number> {
  const end = Date.now() + timeoutMs;
  let idle = 0;
  try {
    do {
      idle = await idleShare();
      if (idle >= minIdle) return idle;
    } while (Date.now() < end);
  } catch {
    return Number.NaN; // no /proc/stat: do not wait
  }
  return idle;
}

/**
 * Lighthouse's timings move with CPU load on a shared machine: wait for a quiet CPU,
 * and rerun a performance miss up to attempts times. One run must meet the gate in full.
 */
export async function runUntilClean(
  lh: LighthouseRunner,
  url: string,
  attempts = 4,
): Promise<{ best: LighthouseFigures; runs: (LighthouseFigures & { idle: number })[] }> {
  const runs: (LighthouseFigures & { idle: number })[] = [];
  for (let i = 0; i < attempts; i++) {
    const idle = await waitForQuietCpu();
    const r = { ...(await lh.run(url)), idle };
    runs.push(r);
    const problems = lighthouseProblems(r);
    // Only performance is timing-dependent; the other categories fail the same way every time.
    if (problems.length === 0 || problems.some((p) => !p.startsWith('performance'))) break;
  }
  const best = runs.find((r) => lighthouseProblems(r).length === 0) ?? runs.at(-1)!;
  return { best, runs };
}
