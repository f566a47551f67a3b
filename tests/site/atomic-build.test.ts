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
import { dirname, join, resolve } from 'node:path';
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

describe('a failed build', () => {
  it('leaves the previous site exactly as it was, and nothing beside it', () => {
    const work = mkdtempSync(join(tmpdir(), 'atomic-'));
    const content = join(work, 'content');
    cpSync('content', content, { recursive: true });
    const changelog = join(content, 'changelog/ai-talent-war-2024-04.json');
    const log = JSON.parse(readFileSync(changelog, 'utf8'));
    log.changes.at(-1).version = '0000000000000000';
    writeFileSync(changelog, `${JSON.stringify(log, null, 2)}\n`);
    const out = join(work, 'site');
    cpSync(DIST, out, { recursive: true });
    const before = tree(out);

    const r = spawnSync(process.execPath, ['tools/build.ts', '--local'], {
      env: buildEnv({ CONTENT_DIR: content, OUT_DIR: out }),
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const output = `${r.stdout}\n${r.stderr}`;
    expect(r.status, output).toBe(2);
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
    const work = mkdtempSync(join(tmpdir(), 'atomic-charts-'));
    const content = join(work, 'content');
    cpSync('content', content, { recursive: true });
    const file = join(content, 'charts/ai-talent-war-2024-04.json');
    const specs = JSON.parse(readFileSync(file, 'utf8'));
    specs.charts[0].records.push('no-such-record');
    specs.charts.at(-1).records.unshift('another-missing-one');
    writeFileSync(file, `${JSON.stringify(specs, null, 2)}\n`);
    const out = join(work, 'site');
    const r = spawnSync(process.execPath, ['tools/build.ts', '--local'], {
      env: buildEnv({ CONTENT_DIR: content, OUT_DIR: out }),
      encoding: 'utf8',
      maxBuffer: 64 << 20,
    });
    const output = `${r.stdout}\n${r.stderr}`;
    expect(r.status, output).toBe(2);
    const last = specs.charts.length - 1;
    expect(output).toContain(
      `${file}:charts[0].records[${specs.charts[0].records.length - 1}]: chart "${specs.charts[0].id}" plots "no-such-record"`,
    );
    expect(output).toContain(`${file}:charts[${last}].records[0]: chart "${specs.charts[last].id}" plots "another-missing-one"`);
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
