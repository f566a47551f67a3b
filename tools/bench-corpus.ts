/**
 * A synthetic content folder for the benchmark: n copies of every report in a
 * content folder, each with its own slug and its own record and chart ids (ids
 * must be unique across reports). Generated articles are left out: run ingest
 * on the result (CONTENT_DIR=<dir> node tools/ingest.ts), then build it.
 *
 * What is copied: every file named after a report (reports/<slug>.txt,
 * <slug>.meta.json, data/<slug>.json, charts/<slug>.json, and any other
 * <folder>/<slug>.* or <folder>/<slug>/…). In its JSON files every string equal
 * to the slug or to the value of an "id" property is renamed wherever it is used
 * (chart record lists, partOf, …), except under properties that hold a fixed
 * list of values (type, kind, unit, …). Files that belong to no report are
 * copied once, as they are. Ingest validates the result.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { loadReport } from '../src/ingest/load.ts';
import { datasetVersion } from '../src/data/version.ts';

export interface Corpus {
  dir: string;
  reports: string[];
  /** Chart ids across the corpus, as declared in charts/*.json. */
  charts: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });
}

/** The report a content file belongs to, if any: reports/<slug>.txt, x/<slug>.json, x/<slug>/… */
function ownerOf(rel: string, slugs: string[]): string | undefined {
  const [, ...rest] = rel.split('/');
  const name = rest.pop();
  if (name === undefined) return undefined;
  return slugs.find((s) => name === s || name.startsWith(`${s}.`) || rest.includes(s));
}

function ids(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) ids(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string') out.add(v);
      else ids(v, out);
    }
  return out;
}

/** Properties whose values come from a fixed list: never renamed (the seed's chart id "layoffs" was once a chart type). */
const ENUM = /^(\$schema|type|form|kind|tags|unit|precision|qualifier|direction|language)$/;

function rename(value: unknown, map: Map<string, string>, isEnum = false): unknown {
  if (typeof value === 'string') return isEnum ? value : (map.get(value) ?? value);
  if (Array.isArray(value)) return value.map((v) => rename(v, map, isEnum));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rename(v, map, ENUM.test(k))]));
  return value;
}

export function generateCorpus(dest: string, copies: number, source = 'content'): Corpus {
  const files = walk(source)
    .map((f) => relative(source, f))
    .filter((f) => !f.startsWith('articles/'));
  const slugs = files.filter((f) => /^reports\/[^/]+\.txt$/.test(f)).map((f) => basename(f, '.txt'));
  const reports: string[] = [];
  let charts = 0;

  const write = (rel: string, data: string | Buffer) => {
    mkdirSync(dirname(join(dest, rel)), { recursive: true });
    writeFileSync(join(dest, rel), data);
  };

  for (const f of files.filter((f) => !ownerOf(f, slugs))) {
    mkdirSync(dirname(join(dest, f)), { recursive: true });
    copyFileSync(join(source, f), join(dest, f));
  }

  for (const slug of slugs) {
    const own = files.filter((f) => ownerOf(f, slugs) === slug);
    const json = new Map(own.filter((f) => f.endsWith('.json')).map((f) => [f, JSON.parse(readFileSync(join(source, f), 'utf8')) as unknown]));
    const idSet = new Set<string>();
    for (const data of json.values()) ids(data, idSet);
    for (let i = 1; i <= copies; i++) {
      const copy = `${slug}-c${i}`;
      const map = new Map<string, string>([[slug, copy], ...[...idSet].map((id) => [id, `${id}-c${i}`] as [string, string])]);
      for (const f of own) {
        const target = f
          .split('/')
          .map((p, k) => (k === 0 ? p : p === slug ? copy : p.startsWith(`${slug}.`) ? copy + p.slice(slug.length) : p))
          .join('/');
        if (json.has(f)) {
          const data = rename(json.get(f), map) as Record<string, unknown>;
          const list = (data as { charts?: unknown }).charts;
          if (f.startsWith('charts/') && Array.isArray(list)) charts += list.length;
          write(target, `${JSON.stringify(data, null, 2)}\n`);
        } else write(target, readFileSync(join(source, f)));
      }
      // Renamed ids make a new dataset version: the copy's changelog must name it, as the build
      // computes it (from the dataset as ingest loads it: validated and typeset).
      const changelog = join(dest, 'changelog', `${copy}.json`);
      if (existsSync(changelog)) {
        const log = JSON.parse(readFileSync(changelog, 'utf8')) as { changes: { version: string }[] };
        log.changes.at(-1)!.version = datasetVersion(loadReport(join(dest, 'reports', `${copy}.txt`)).dataset!);
        write(relative(dest, changelog), `${JSON.stringify(log, null, 2)}\n`);
      }
      reports.push(copy);
    }
  }
  return { dir: dest, reports, charts };
}
