/**
 * Colour means company across the built site, for any set of reports: a company's
 * marks have one hue in every chart of every report, no hue stands for two companies
 * within a report, and a figure about no company is never in a company's hue.
 * Read from each chart's embed (every chart, every drawing) and the datasets
 * readers download (who each record is about).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST, dom, htmlFiles } from '../support/dist.ts';

interface Rec {
  id: string;
  entities: { investor?: string; company?: string };
}
const datasets = readdirSync(join(DIST, 'data'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(join(DIST, 'data', f), 'utf8')) as { report: string; records: Rec[] });
const about = new Map(
  datasets.flatMap((d) => d.records.map((r) => [r.id, { report: d.report, company: r.entities.investor ?? r.entities.company }] as const)),
);
const HUE = /\b(?:f|s|stop)-(c[1-4])\b/g;

/** Every mark of every drawing of every chart: its record and the hues it is drawn in. */
const marks = htmlFiles()
  .filter((f) => /^embed\/[^/]+\/index\.html$/.test(f))
  .flatMap((f) =>
    [...dom(f).querySelectorAll('.chart-frame .mark')].map((m) => ({
      chart: f.split('/')[1],
      record: m.getAttribute('data-record')!,
      hues: new Set([...m.innerHTML.matchAll(HUE)].map((x) => x[1])),
    })),
  );

describe('chart colours', () => {
  it('has marks and datasets to read', () => {
    expect(marks.length).toBeGreaterThan(0);
    expect(datasets.length).toBeGreaterThan(0);
  });

  it('give a company one hue in every chart of every report', () => {
    const seen = new Map<string, Set<string>>();
    for (const m of marks) {
      const company = about.get(m.record)?.company;
      if (!company) continue;
      for (const h of m.hues) seen.set(company, (seen.get(company) ?? new Set()).add(h));
    }
    expect([...seen].filter(([, hues]) => hues.size > 1).map(([c, hues]) => `${c}: ${[...hues].join(', ')}`)).toEqual([]);
  });

  it('let no hue stand for two companies within a report', () => {
    const owners = new Map<string, Set<string>>();
    for (const m of marks) {
      const a = about.get(m.record);
      if (!a?.company) continue;
      for (const h of m.hues) owners.set(`${a.report} ${h}`, (owners.get(`${a.report} ${h}`) ?? new Set()).add(a.company));
    }
    expect([...owners].filter(([, cs]) => cs.size > 1).map(([k, cs]) => `${k}: ${[...cs].join('、')}`)).toEqual([]);
  });

  it('draw a figure about no company in no company’s hue', () => {
    const coloured = marks.filter((m) => !about.get(m.record)?.company && m.hues.size);
    expect(coloured.map((m) => `${m.chart}: ${m.record} in ${[...m.hues].join(', ')}`)).toEqual([]);
  });
});
