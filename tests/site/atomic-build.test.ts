/**
 * A build either replaces the output folder with a complete site or leaves the
 * previous one exactly as it was. Breaks a build on purpose (a changelog whose
 * last version does not match the dataset: an error found while pages are
 * generated) over a copy of the built site, and compares the tree byte for byte
 * before and after; then checks the built site holds no server chunks and no
 * path of the build machine.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/dist.ts';
import { buildEnv } from '../support/build.ts';

/** Every file under dir with the hash of its bytes. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const p = join(dir, f);
    if (statSync(p).isFile()) out[f] = createHash('sha256').update(readFileSync(p)).digest('hex');
  }
  return out;
}

/** A copy of content/ in a fresh folder, with one of its JSON files edited, and an output folder beside it. */
function brokenContent(file: string, edit: (json: any) => void): { content: string; out: string; file: string } {
  const work = mkdtempSync(join(tmpdir(), 'atomic-'));
  const content = join(work, 'content');
  cpSync('content', content, { recursive: true });
  const path = join(content, file);
  const json = JSON.parse(readFileSync(path, 'utf8'));
  edit(json);
  writeFileSync(path, `${JSON.stringify(json, null, 2)}\n`);
  return { content, out: join(work, 'site'), file: path };
}

/** `npm run build --local` over content into out: its exit code and everything it printed. */
function build(content: string, out: string): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, ['tools/build.ts', '--local'], {
    env: buildEnv({ CONTENT_DIR: content, OUT_DIR: out }),
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('a failed build', () => {
  it('leaves the previous site exactly as it was, and nothing beside it', () => {
    const { content, out } = brokenContent('changelog/ai-talent-war-2024-04.json', (log) => (log.changes.at(-1).version = '0000000000000000'));
    cpSync(DIST, out, { recursive: true });
    const before = tree(out);

    const { status, output } = build(content, out);
    expect(status, output).toBe(2);
    expect(output).toMatch(/changelog/);
    expect(output, 'no stack trace').not.toMatch(/^\s+at /m);
    expect(output).toMatch(/nothing was published/);
    expect(tree(out)).toEqual(before);
    expect(
      readdirSync(dirname(resolve(out))).filter((n) => n.startsWith('.site.')),
      'no half-built folder left beside it',
    ).toEqual([]);
  });
});

describe('a chart spec that names records the dataset lacks (ingest skipped)', () => {
  it('stops the build with every unknown id, its file and JSON path, and no stack trace', () => {
    let specs: any;
    const { content, out, file } = brokenContent('charts/ai-talent-war-2024-04.json', (json) => {
      json.charts[0].records.push('no-such-record');
      json.charts.at(-1).records.unshift('another-missing-one');
      specs = json;
    });
    const { status, output } = build(content, out);
    expect(status, output).toBe(2);
    const last = specs.charts.length - 1;
    // As the build names files: relative to where it runs (src/ingest/load.ts).
    const shown = relative(process.cwd(), file);
    expect(output).toContain(
      `${shown}:charts[0].records[${specs.charts[0].records.length - 1}]: chart "${specs.charts[0].id}" plots "no-such-record"`,
    );
    expect(output).toContain(`${shown}:charts[${last}].records[0]: chart "${specs.charts[last].id}" plots "another-missing-one"`);
    expect(output).toMatch(/Fix: use an id from the dataset/);
    expect(output, 'no stack trace').not.toMatch(/^\s+at /m);
    expect(existsSync(out), 'nothing written').toBe(false);
  });
});

describe('the built site', () => {
  it('holds no server chunks and no path of the build machine', () => {
    expect(existsSync(join(DIST, '.prerender'))).toBe(false);
    const root = process.cwd();
    const leaks = readdirSync(DIST, { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(html|xml|txt|json|js|css|csv|webmanifest|svg)$/.test(f) && statSync(join(DIST, f)).isFile())
      .filter((f) => readFileSync(join(DIST, f), 'utf8').includes(root));
    expect(leaks).toEqual([]);
    expect(readdirSync(DIST).filter((n) => n.endsWith('.mjs') || n === 'chunks')).toEqual([]);
  });
});
