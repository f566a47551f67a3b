/** README's "How the code is laid out" lists every folder a newcomer meets, and only folders that exist. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const readme = readFileSync('README.md', 'utf8');
const section = /^## How the code is laid out\n([\s\S]*?)^## /m.exec(readme)?.[1] ?? '';
const listed = [...section.matchAll(/^- `([^`]+)\/`/gm)].map((m) => m[1]);

/** Folders a clone has: top level and src/, leaving out tool output and hidden folders. */
const IGNORED = new Set(['node_modules', 'dist', 'test-results', 'coverage']);
const folders = (dir: string) =>
  readdirSync(dir || '.')
    .filter((n) => !n.startsWith('.') && !n.startsWith('_') && !IGNORED.has(n) && statSync(`${dir || '.'}/${n}`).isDirectory())
    .map((n) => (dir ? `${dir}/${n}` : n));

describe('README layout', () => {
  it('has the section', () => {
    expect(listed.length, 'README has a "## How the code is laid out" list of `folder/` lines').toBeGreaterThan(0);
  });

  it('lists every top-level and src/ folder', () => {
    const actual = [...folders(''), ...folders('src')];
    expect(
      actual.filter((f) => !listed.includes(f)),
      'folders missing from README',
    ).toEqual([]);
  });

  it('lists only folders that exist', () => {
    expect(
      listed.filter((f) => !existsSync(f)),
      'README names folders that are not there',
    ).toEqual([]);
  });
});

/**
 * README: "unit/ (mirrors src/)". Logic in src/a/b.ts is tested in tests/unit/a/b.test.ts
 * (more tests of the same module: tests/unit/a/b.<aspect>.test.ts, e.g. b.property.test.ts);
 * tools/x.ts in tests/unit/tools/x.test.ts, tests/support/x.ts in tests/unit/support/x.test.ts.
 * A module has logic when it exports a function or a class; types, constants and re-exports
 * need no test of their own.
 */
const UNTESTED_DIRS: Record<string, string> = {
  'src/pages/': 'routes: the site tests read the pages and files they build',
  'src/client/': 'browser code: the site tests run it in Chromium',
};
/** Modules with logic and no unit test of their own, each with where it is tested instead. */
const UNTESTED: Record<string, string> = {
  'src/integrations/hant-edition.ts':
    'Astro integration (files after the build): its transform is edition/html.ts; tests/site/edition.test.ts reads the output',
  'src/integrations/headers.ts':
    'Astro integration (files after the build): its policy is security/policy.ts; tests/site/security.test.ts reads _headers',
  'src/og/woff.ts': 'font unpacking, tested through og/subsets.test.ts and og/chart.test.ts, which draw glyphs with the unpacked fonts',
  'src/og/card.ts': 'satori layout tree, tested through og/render.test.ts, which measures the drawn card',
  'src/integrations/share-images.ts':
    'Astro integration (files after the build): copies the drawn PNGs; tests/site/og.test.ts and posters.test.ts read every one it writes',
  'src/og/endpoint.ts':
    'the dev server’s routes of share images (a build lists none): the PNGs they serve are those og/render.test.ts and poster/render.test.ts draw',
  'src/og/jobs.ts': 'card or poster behind one interface: og/pool.test.ts draws both kinds through it',
  'src/og/share-images.ts': 'every share image of the build from site data (astro:content): tests/site/og.test.ts and posters.test.ts',
  'src/poster/element.ts': 'satori layout tree, tested through poster/render.test.ts, which draws posters and reads their QR codes back',
  'src/poster/posters.ts': 'every poster of the build from site data (astro:content): tests/site/posters.test.ts',
  'src/lib/qr.ts': 'three lines over the qrcode package; tests/site/sharing.test.ts decodes the drawn codes',
  'src/edition/exceptions.ts': 'reads the exceptions file with ingest/load.ts; edition/hant.test.ts checks every entry it loads',
  'src/site/data.ts': 'reads the astro:content collections, so only inside a build: tests/site (every page reads it)',
  'src/site/figure.ts': 'reads site data (astro:content): tests/site/charts.test.ts',
  'src/site/thumbnails.ts': 'a cache over charts/build.ts cardSvg for site data entries: tests/site/card-drawings.test.ts measures every thumbnail',
  'src/site/paths.ts': 'folder names under CONTENT_DIR, no logic beyond join',
  'src/ingest/draft/input.ts': 'reads the report and meta for the draft tool: tests/unit/tools/draft.test.ts',
  'src/ingest/draft/records.ts': 'one drafted record per figure: ingest/draft/draft*.test.ts draft whole reports through it',
  'src/ingest/draft/clauses.ts': 'clause splitting, tested through ingest/draft/dates.test.ts and sources.test.ts',
  'src/ingest/draft/registry.ts': 'the figure finder and unit registry as the draft reads them: every ingest/draft test reads through it',
  'src/ingest/draft/table.ts': 'the summary the draft tool prints: tests/unit/tools/draft.test.ts',
  'src/ingest/draft/wording.ts': 'placeholder chart titles and deks in house style: ingest/draft/chart-plan.test.ts',
};
/** Test files that test no module. */
const NOT_A_MODULE: Record<string, string> = {
  'tests/unit/readme.test.ts': 'README.md itself',
  'tests/unit/readme-layout.test.ts': 'README.md and this layout',
};

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(`${dir}/${e.name}`) : [`${dir}/${e.name}`]));
const HAS_LOGIC = /^export (?:default |async )?(?:function|class)\b|^export const \w+(?::[^=]+)? = (?:async )?(?:\(|\w+ =>|function\b)/m;
const isModule = (f: string) => /\.(ts|mjs)$/.test(f) && !f.endsWith('.d.ts');

/** tests/unit/a/b.test.ts and tests/unit/a/b.x.test.ts -> the files they may test. */
function mirrored(test: string): string[] {
  const rel = test.slice('tests/unit/'.length).replace(/\.test\.ts$/, '');
  const bases = [rel, rel.replace(/\.[\w-]+$/, '')];
  return bases.flatMap((b) =>
    b.startsWith('tools/') ? [`${b}.ts`] : b.startsWith('support/') ? [`tests/${b}.ts`] : [`src/${b}.ts`, `src/${b}.mjs`],
  );
}

describe('unit tests mirror the code', () => {
  const tests = walk('tests/unit').filter((f) => f.endsWith('.test.ts'));
  const testedModules = new Set(tests.flatMap(mirrored));

  it('has a test file at the mirrored path of every src/ module with logic', () => {
    const modules = walk('src').filter(
      (f) => isModule(f) && !Object.keys(UNTESTED_DIRS).some((d) => f.startsWith(d)) && HAS_LOGIC.test(readFileSync(f, 'utf8')),
    );
    expect(modules.length).toBeGreaterThan(50);
    expect(
      modules.filter((m) => !testedModules.has(m) && !(m in UNTESTED)).map((m) => `${m}: add tests/unit/${m.slice(4).replace(/\.\w+$/, '')}.test.ts`),
      'modules without a unit test (or list them in UNTESTED with where they are tested)',
    ).toEqual([]);
  });

  it('has no test file that mirrors no module', () => {
    expect(
      tests.filter((t) => !(t in NOT_A_MODULE) && !mirrored(t).some((m) => existsSync(m))),
      'move each to the path of the module it tests (src/a/b.ts -> tests/unit/a/b.test.ts)',
    ).toEqual([]);
  });

  it('lists as untested only modules that exist, have logic and have no test', () => {
    expect(Object.keys(UNTESTED).filter((m) => !existsSync(m) || !HAS_LOGIC.test(readFileSync(m, 'utf8')) || testedModules.has(m))).toEqual([]);
  });
});
