/**
 * npm run build:multi
 *
 * The site of many reports that the site and Lighthouse tests read, built once per
 * test run: content/ with tests/fixtures/multi laid over it (compose-content.ts)
 * into test-results/multi-site/content (MULTI_DIR moves it), ingested, then built
 * for http://localhost:4321 into test-results/multi-site/dist. Exits with the
 * failing step's code and output.
 */
import { spawnSync } from 'node:child_process';
import { composeContent } from './compose-content.ts';
import { MULTI_CONTENT, MULTI_DIST, MULTI_OVERLAY } from '../tests/support/multi-site.ts';

const start = performance.now();
composeContent(MULTI_OVERLAY, MULTI_CONTENT);
const env = { ...process.env, CONTENT_DIR: MULTI_CONTENT, OUT_DIR: MULTI_DIST };
for (const [step, args] of [
  ['ingest', ['tools/ingest.ts']],
  ['build', ['tools/build.ts', '--local']],
] as const) {
  const r = spawnSync(process.execPath, args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    console.error(`build-multi: ${step} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
    process.exit(r.status ?? 1);
  }
}
console.log(`build-multi: ${MULTI_DIST} (content/ + ${MULTI_OVERLAY}) in ${((performance.now() - start) / 1000).toFixed(1)} s`);
