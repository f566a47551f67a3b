/** `npm run draft` as an editor uses it: real files, real exit codes, nothing overwritten by surprise. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReports } from '../../../src/site/load.ts';

const slug = 'ai-talent-war-2024-04';

function draft(args: string[]) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['tools/draft.ts', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr, ms: performance.now() - t0 };
}

/** A content folder holding only the seed report and its meta file. */
function reportsOnly(): { dir: string; report: string } {
  const dir = mkdtempSync(join(tmpdir(), 'draft-'));
  mkdirSync(join(dir, 'reports'));
  for (const f of [`${slug}.txt`, `${slug}.meta.json`]) cpSync(join('content/reports', f), join(dir, 'reports', f));
  return { dir, report: join(dir, 'reports', `${slug}.txt`) };
}
const outputs = (dir: string) => [join(dir, 'data', `${slug}.json`), join(dir, 'charts', `${slug}.json`)];

// Each case spawns the CLI (a fresh node process): give it more than the 5 s default on a busy machine.
describe('npm run draft', { timeout: 60_000 }, () => {
  it('writes a dataset and a chart plan and prints figures by unit', () => {
    const { dir, report } = reportsOnly();
    const r = draft([report]);
    expect(r.code, r.err).toBe(0);
    for (const f of outputs(dir)) expect(existsSync(f)).toBe(true);
    const data = JSON.parse(readFileSync(outputs(dir)[0], 'utf8'));
    expect(r.out).toMatch(new RegExp(`^USD\\s+${data.records.filter((x: { value?: { unit: string } }) => x.value?.unit === 'USD').length}$`, 'm'));
    expect(r.out).toMatch(/could not read/);
    console.log(`draft of the seed: ${Math.round(r.ms)} ms wall clock, node start-up included`);
  });

  it('drafts files that ingest takes as they stand', () => {
    const { dir, report } = reportsOnly();
    expect(draft([report]).code).toBe(0);
    const out = mkdtempSync(join(tmpdir(), 'draft-mdx-'));
    const r = spawnSync(process.execPath, ['tools/ingest.ts', report, '--out', out], { encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(existsSync(join(dir, 'data', `${slug}.json`))).toBe(true);
  });

  it('starts the changelog when there is none, so the site builds from the draft as it stands; an existing one is left alone', () => {
    const { dir, report } = reportsOnly();
    const r = draft([report, '--date', '2024-05-02']);
    expect(r.code, r.err).toBe(0);
    const file = join(dir, 'changelog', `${slug}.json`);
    const log = JSON.parse(readFileSync(file, 'utf8'));
    expect(log.changes).toHaveLength(1);
    expect(log.changes[0].date).toBe('2024-05-02');
    expect(r.out).toContain(log.changes[0].version);
    // The build's own check of the changelog accepts it: its version is the drafted dataset's.
    expect(() => loadReports(dir)).not.toThrow();
    writeFileSync(file, '{"kept": true}\n');
    expect(draft([report, '--force', '--date', '2024-06-01']).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('{"kept": true}\n');
    const bad = draft([reportsOnly().report, '--date', '2024-06']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--date "2024-06" is not a day\. Fix: write it as YYYY-MM-DD/);
  });

  it('writes no dataset for a report without figures, which publishes as text', () => {
    const dir = mkdtempSync(join(tmpdir(), 'draft-'));
    mkdirSync(join(dir, 'reports'));
    const report = join(dir, 'reports', 'no-figures.txt');
    writeFileSync(report, '社区食堂开进老旧小区\n午饭时间还没到，食堂门口已经排起了队。\n');
    writeFileSync(
      join(dir, 'reports', 'no-figures.meta.json'),
      '{"publisher": "x", "published": {"value": "2024-11", "precision": "month"}, "language": "zh-CN"}',
    );
    const r = draft([report]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(/no figures found/);
    for (const sub of ['data', 'charts', 'changelog']) expect(existsSync(join(dir, sub, 'no-figures.json'))).toBe(false);
  });

  it('gives the same bytes on every run', () => {
    const a = reportsOnly();
    const b = reportsOnly();
    expect(draft([a.report]).code).toBe(0);
    expect(draft([b.report]).code).toBe(0);
    const [da, ca] = outputs(a.dir).map((f) => readFileSync(f));
    const [db, cb] = outputs(b.dir).map((f) => readFileSync(f));
    expect(da.equals(db)).toBe(true);
    expect(ca.equals(cb)).toBe(true);
  });

  it('never overwrites an existing dataset or chart file without --force', () => {
    const { dir, report } = reportsOnly();
    const [data, charts] = outputs(dir);
    mkdirSync(join(dir, 'data'));
    writeFileSync(data, '{"edited": "by hand"}\n');
    const r = draft([report]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`data/${slug}\\.json: the file exists.*--force`));
    expect(readFileSync(data, 'utf8')).toBe('{"edited": "by hand"}\n');
    expect(existsSync(charts)).toBe(false);
    expect(draft([report, '--force']).code).toBe(0);
    expect(JSON.parse(readFileSync(data, 'utf8')).report).toBe(slug);
  });

  it('refuses bad input with the file, the place and the fix, all at once, and no stack trace', () => {
    const { dir, report } = reportsOnly();
    writeFileSync(
      join(dir, 'reports', `${slug}.meta.json`),
      '{"publisher": "x", "published": {"value": "2024-13", "precision": "month"}, "language": "zh-CN"}',
    );
    mkdirSync(join(dir, 'charts'));
    writeFileSync(outputs(dir)[1], '{}');
    const r = draft([report]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/meta\.json:1:\d+: published\.value: .*YYYY-MM/);
    expect(r.err).toMatch(/charts\/ai-talent-war-2024-04\.json: the file exists/);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
    expect(existsSync(outputs(dir)[0])).toBe(false);

    const missing = draft([join(dir, 'reports', 'no-such-report.txt')]);
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/no-such-report\.txt: the report file does not exist\. Fix:/);
    expect(draft([]).err).toMatch(/no report given\. Fix: npm run draft -- content\/reports\/<slug>\.txt/);
    expect(draft(['--nope']).code).toBe(2);

    writeFileSync(join(dir, 'reports', 'Bad Name.txt'), '标题\n正文。');
    expect(draft([join(dir, 'reports', 'Bad Name.txt')]).err).toMatch(/is not a usable report name\. Fix: name it <slug>\.txt/);
  });
});
