/**
 * `npm run draft` on the seed report, as an editor runs it on a new report: a
 * content folder holding only the report, its meta file and the site's files,
 * drafted afresh each run (wall clock of the whole command, Node start included).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildEnv } from '../../tests/support/build.ts';
import { median } from './format.ts';

export interface DraftRun {
  report: string;
  ms: number;
  runs: number[];
}

export function measureDraft(work: string, runs: number, content = 'content'): DraftRun {
  const report = readdirSync(join(content, 'reports'))
    .filter((f) => f.endsWith('.txt'))
    .sort()[0];
  const dir = join(work, 'draft', 'content');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'reports'), { recursive: true });
    for (const f of readdirSync(join(content, 'reports')).filter((f) => f.startsWith(report.replace(/\.txt$/, '.'))))
      cpSync(join(content, 'reports', f), join(dir, 'reports', f));
    cpSync(join(content, 'site.json'), join(dir, 'site.json'));
    cpSync(join(content, 'editions'), join(dir, 'editions'), { recursive: true });
    const start = performance.now();
    const r = spawnSync(process.execPath, ['tools/draft.ts', join(dir, 'reports', report), '--date', '2024-05-01'], {
      env: buildEnv({ CONTENT_DIR: dir }),
      encoding: 'utf8',
    });
    times.push(performance.now() - start);
    if (r.status !== 0) throw new Error(`draft of ${report} failed:\n${r.stdout}\n${r.stderr}`);
  }
  rmSync(join(work, 'draft'), { recursive: true, force: true });
  return { report, ms: median(times), runs: times };
}
