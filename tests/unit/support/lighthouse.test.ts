import { describe, expect, it } from 'vitest';
import { CATEGORIES, METRICS, lighthouseProblems, retryTraceGlitches, type LighthouseFigures } from '../../support/lighthouse.ts';

/** A run that meets every target; each test changes one figure. */
function run(change: Partial<LighthouseFigures> = {}): LighthouseFigures {
  return {
    url: 'http://127.0.0.1/',
    scores: Object.fromEntries(CATEGORIES.map((c) => [c, 100])) as LighthouseFigures['scores'],
    fcp: 900,
    lcp: 1000,
    tbt: 0,
    cls: 0,
    bytes: 20_000,
    metricScores: Object.fromEntries(METRICS.map((m) => [m, 100])) as LighthouseFigures['metricScores'],
    failing: [],
    runWarnings: [],
    ...change,
  };
}
const scoring = (metric: keyof LighthouseFigures['metricScores'], score: number) => run({ metricScores: { ...run().metricScores, [metric]: score } });

describe('lighthouseProblems (the Lighthouse gate)', () => {
  it('passes a clean run', () => {
    expect(lighthouseProblems(run())).toEqual([]);
  });

  it('fails accessibility, best practices or SEO below 100', () => {
    for (const c of ['accessibility', 'best-practices', 'seo'] as const)
      expect(lighthouseProblems(run({ scores: { ...run().scores, [c]: 99 } }))).toEqual([`${c} 99`]);
  });

  it('takes paint timings in the good band, and fails them below it', () => {
    for (const m of ['first-contentful-paint', 'largest-contentful-paint', 'speed-index'] as const) {
      expect(lighthouseProblems(scoring(m, 90)), m).toEqual([]);
      expect(lighthouseProblems(scoring(m, 89)), m).toEqual([`performance: ${m} 89 (below 90)`]);
    }
  });

  it('leaves blocking time and the performance score to the benchmark', () => {
    expect(lighthouseProblems(run({ scores: { ...run().scores, performance: 60 } }))).toEqual([]);
    expect(lighthouseProblems(scoring('total-blocking-time', 10))).toEqual([]);
  });

  it('fails any layout shift, however small', () => {
    expect(lighthouseProblems(run({ cls: 0.001 }))).toEqual(['CLS 0.001']);
  });
});

/** An audit that returns the given runtime error codes in turn (undefined: a clean run). */
function audits(...codes: (string | undefined)[]) {
  let calls = 0;
  const audit = async () => {
    const code = codes[Math.min(calls++, codes.length - 1)];
    return code ? { runtimeError: { code } } : {};
  };
  return { audit, calls: () => calls };
}

describe('retryTraceGlitches (a lost Lighthouse trace is not a failing page)', () => {
  it('redoes a run whose trace was not recorded, and says so', async () => {
    const a = audits('NO_NAVSTART', 'NO_SCREENSHOTS', undefined);
    const { lhr, discarded } = await retryTraceGlitches(a.audit);
    expect(lhr.runtimeError).toBeUndefined();
    expect(discarded).toEqual(['NO_NAVSTART', 'NO_SCREENSHOTS']);
    expect(a.calls()).toBe(3);
  });

  it('gives up after the tries it was given, returning the error', async () => {
    const a = audits('NO_NAVSTART');
    const { lhr, discarded } = await retryTraceGlitches(a.audit, 3);
    expect(lhr.runtimeError?.code).toBe('NO_NAVSTART');
    expect(discarded).toHaveLength(2);
    expect(a.calls()).toBe(3);
  });

  it('does not redo a page that painted nothing', async () => {
    for (const code of ['NO_FCP', 'NO_LCP', 'FAILED_DOCUMENT_REQUEST']) {
      const a = audits(code, undefined);
      const { lhr, discarded } = await retryTraceGlitches(a.audit);
      expect(lhr.runtimeError?.code, code).toBe(code);
      expect(discarded, code).toEqual([]);
      expect(a.calls(), code).toBe(1);
    }
  });
});
