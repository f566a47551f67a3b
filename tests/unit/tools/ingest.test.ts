/** `npm run ingest` as an editor uses it: real files, real exit codes, nothing half-written. */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function ingest(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, ['tools/ingest.ts', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const tmp = () => mkdtempSync(join(tmpdir(), 'ingest-'));
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

/** A copy of content/ to break on purpose. */
function contentCopy() {
  const dir = tmp();
  cpSync('content', dir, { recursive: true });
  return dir;
}

// Each case spawns the CLI (a fresh node process): more than the 5 s default on a busy machine.
const SPAWN_TIMEOUT = 60_000;

describe('ingest of the seed', { timeout: SPAWN_TIMEOUT }, () => {
  it('writes four articles and the slug record, byte-identical on every run and to the committed ones', () => {
    const a = tmp();
    const b = tmp();
    expect(ingest(['content/reports/ai-talent-war-2024-04.txt', '--out', a]).code).toBe(0);
    expect(ingest(['content/reports/ai-talent-war-2024-04.txt', '--out', b]).code).toBe(0);
    expect(Object.keys(snapshot(a))).toEqual([
      '00-dao-du.mdx',
      '01-ren-cai-huang-yu-jiu-ye-nan.mdx',
      '02-ju-tou-jia-ma-ai-chuang-qi.mdx',
      '03-an-liu-yong-dong-de-jing-yu-he.mdx',
      'slugs.json',
    ]);
    expect(snapshot(a)).toEqual(snapshot(b));
    expect(snapshot(a)).toEqual(snapshot('content/articles/ai-talent-war-2024-04'));
  });

  it('re-running in place changes nothing', () => {
    const content = contentCopy();
    const before = snapshot(join(content, 'articles/ai-talent-war-2024-04'));
    const r = ingest([], { CONTENT_DIR: content });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/unchanged/);
    expect(snapshot(join(content, 'articles/ai-talent-war-2024-04'))).toEqual(before);
  });
});

describe('ingest --check', { timeout: SPAWN_TIMEOUT }, () => {
  it('passes on the committed content', () => {
    const r = ingest(['--check']);
    expect(r.code, r.err).toBe(0);
  });

  it('names stale, missing and orphaned files and exits non-zero', () => {
    const content = contentCopy();
    const dir = join(content, 'articles/ai-talent-war-2024-04');
    writeFileSync(
      join(dir, '01-ren-cai-huang-yu-jiu-ye-nan.mdx'),
      readFileSync(join(dir, '01-ren-cai-huang-yu-jiu-ye-nan.mdx'), 'utf8') + '\n手改的一行。\n',
    );
    cpSync(join(dir, '00-dao-du.mdx'), join(dir, '09-old.mdx'));
    const r = ingest(['--check'], { CONTENT_DIR: content });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/stale: .*01-ren-cai-huang-yu-jiu-ye-nan\.mdx \(differs\)/);
    expect(r.err).toMatch(/stale: .*09-old\.mdx \(not produced by the report any more\)/);
    expect(r.err).toMatch(/run npm run ingest/);
  });

  it('notices when the dataset moves a citation', () => {
    const content = contentCopy();
    const file = join(content, 'data/ai-talent-war-2024-04.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    data.records = data.records.filter((r: { id: string }) => r.id !== 'talent-offer-window');
    data.notFigures.push({ text: '两周之内', reason: 'test' });
    writeFileSync(file, JSON.stringify(data));
    const r = ingest(['--check'], { CONTENT_DIR: content });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/00-dao-du\.mdx \(differs\)/);
  });
});

describe('bad input', { timeout: SPAWN_TIMEOUT }, () => {
  const cases: [string, RegExp][] = [
    ['empty', /empty\.txt: the file is empty\. Fix: paste the report/],
    ['blank', /blank\.txt: the file is empty/],
    ['binary', /binary\.txt: the file (is not UTF-8 text|contains a control character)/],
    ['gbk', /gbk\.txt: the file is not UTF-8 text\. Fix: save the report as UTF-8/],
    ['title-only', /title-only\.txt:1: the report has a title but no body\. Fix:/],
    ['no-meta', /no-meta\.meta\.json: the report has no meta file\. Fix: create it beside the report/],
    ['bad-meta', /bad-meta\.meta\.json:1:\d+: published\.value: "2024-13" is not a valid month/],
    ['broken-json', /broken-json\.meta\.json:2:\d+: the meta file is not valid JSON/],
  ];
  for (const [name, message] of cases)
    it(`${name}: one clear line, exit 2, nothing written`, () => {
      const out = tmp();
      writeFileSync(join(out, 'keep.txt'), 'editor notes');
      const r = ingest([`tests/fixtures/bad/${name}.txt`, '--out', out]);
      expect(r.code).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(message);
      expect(snapshot(out)).toEqual({ 'keep.txt': 'editor notes' });
    });

  it('leaves existing articles untouched when the report breaks', () => {
    const content = contentCopy();
    const dir = join(content, 'articles/ai-talent-war-2024-04');
    const before = snapshot(dir);
    writeFileSync(join(content, 'reports/ai-talent-war-2024-04.txt'), '');
    expect(ingest([], { CONTENT_DIR: content }).code).toBe(2);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses to overwrite a file an editor wrote', () => {
    const out = tmp();
    writeFileSync(join(out, '00-dao-du.mdx'), '我的笔记');
    const r = ingest(['content/reports/ai-talent-war-2024-04.txt', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/00-dao-du\.mdx: a file written by hand stands where ingest would write/);
    expect(readFileSync(join(out, '00-dao-du.mdx'), 'utf8')).toBe('我的笔记');
    expect(existsSync(join(out, '01-ren-cai-huang-yu-jiu-ye-nan.mdx'))).toBe(false);
  });

  it('names the JSON path and line of a record that disagrees with the report', () => {
    const content = contentCopy();
    const file = join(content, 'data/ai-talent-war-2024-04.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"amount": 2900000000', '"amount": 2800000000'));
    const r = ingest([], { CONTENT_DIR: content });
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/data\/ai-talent-war-2024-04\.json:\d+:\d+: records\[1\]\.value\.amount: the quote does not say the figure 28亿美元/);
  });
});

describe('chart slots', { timeout: SPAWN_TIMEOUT }, () => {
  function withCharts(edit: (charts: { charts: Record<string, unknown>[] }) => void) {
    const content = contentCopy();
    const file = join(content, 'charts/ai-talent-war-2024-04.json');
    const charts = JSON.parse(readFileSync(file, 'utf8'));
    edit(charts);
    writeFileSync(file, JSON.stringify(charts, null, 2));
    return ingest([], { CONTENT_DIR: content });
  }

  it('places each chart after the paragraph its spec names', () => {
    const lead = readFileSync('content/articles/ai-talent-war-2024-04/00-dao-du.mdx', 'utf8');
    expect(lead).toMatch(/创下其历史上对外部公司的最大单笔投资记录。<\/Cite>\n<\/p>\n\n<Chart id="deal-timeline" \/>/);
  });

  it('refuses an unknown chart form', () => {
    const r = withCharts((c) => (c.charts[0].form = 'pie'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/charts\[0\]\.form: unknown chart form; use one of bars, range, change, part-whole, timeline, ratio/);
  });

  it('refuses a placement quote that is not in the report', () => {
    const r = withCharts((c) => (c.charts[1].after = '不存在的句子'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /charts\[1\]\.after: chart "engineer-pay": is placed after "不存在的句子", which is in no paragraph of the report\. Fix: copy the words exactly/,
    );
  });

  it('refuses a chart that plots an unknown record', () => {
    const r = withCharts((c) => ((c.charts[2].records as string[])[0] = 'no-such-record'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/chart "layoffs": "no-such-record" is not a record of the dataset\. Fix: /);
  });
});
