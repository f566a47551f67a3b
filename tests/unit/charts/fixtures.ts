/** Records of the seed dataset, and its chart specs, for form tests. */
import { readFileSync } from 'node:fs';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';
import { datasetSchemaFor } from '../../../src/schemas/dataset.ts';
import { chartFileSchema } from '../../../src/schemas/chart-spec.ts';
import type { ChartRecord } from '../../../src/charts/record.ts';
import { FORMS } from '../../../src/charts/forms/index.ts';
import { findAll, type Child, type SvgNode } from '../../../src/charts/svg.ts';
import type { Layout } from '../../../src/charts/types.ts';
import { assignEntityTones } from '../../../src/charts/entity-tones.ts';
import { LAYOUTS, PRINT_WIDTH } from '../../../src/charts/layouts.ts';

const report = readFileSync('content/reports/ai-talent-war-2024-04.txt', 'utf8');
const dataset = datasetSchemaFor(report).parse(JSON.parse(readFileSync('content/data/ai-talent-war-2024-04.json', 'utf8')));
export const charts = chartFileSchema.parse(JSON.parse(readFileSync('content/charts/ai-talent-war-2024-04.json', 'utf8')));

export const record = (id: string): ChartRecord => structuredClone(dataset.records.find((r) => r.id === id)!) as ChartRecord;

/** The seed's company colours, as the build assigns them. */
export const seedTones = assignEntityTones([{ published: '2024-04', records: charts.charts.flatMap((c) => c.records.map(record)) }]);

/** The records a seed chart plots, with a fake link for each and the seed's company colours, and its form and options. */
export function seedChart(chartId: string) {
  const spec = charts.charts.find((c) => c.id === chartId)!;
  const records = spec.records.map(record);
  const input = { records, links: Object.fromEntries(records.map((r) => [r.id, `/a/#src-${r.id}`])), tones: seedTones };
  const form = FORMS[spec.form];
  const options = { ...form.defaults, ...spec.options };
  return { spec, input, form, options, model: form.model(input, options) };
}

/** The desktop column's drawing and the phone's (src/charts/layouts.ts). */
export const WIDE: Layout = { width: PRINT_WIDTH, narrow: false, idPrefix: 'w' };
export const NARROW: Layout = { width: LAYOUTS[0].width, narrow: true, idPrefix: 'n' };

export const marks = (svg: SvgNode) => findAll(svg, (n) => n.tag === 'a' && n.attrs.class === 'mark');
export const markOf = (svg: SvgNode, id: string) => marks(svg).find((m) => m.attrs['data-record'] === id);
export const rectsIn = (node: SvgNode | undefined) => findAll(node, (n) => n.tag === 'rect');
export const textsIn = (node: SvgNode | undefined) =>
  findAll(node, (n) => n.tag === 'text').map((n) =>
    n.children.map((c) => (typeof c === 'string' ? c : c && typeof c === 'object' ? c.children.join('') : '')).join(''),
  );
export const num = (v: unknown) => Number(v);

/** SVG with one element per line (a <text> keeps its tspans on its line), numbers to 0.1 px: a diff a person can read. */
export function prettySvg(node: Child, depth = 0): string {
  if (!node) return '';
  if (typeof node === 'string') return node.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const attrs = Object.entries(node.attrs)
    .filter(([, v]) => v !== undefined)
    .map(
      ([k, v]) =>
        ` ${k}="${String(typeof v === 'number' ? Math.round(v * 10) / 10 : v)
          .replace(/&/g, '&amp;')
          .replace(/"/g, '&quot;')
          .replace(/</g, '&lt;')}"`,
    )
    .join('');
  const pad = '  '.repeat(depth);
  if (node.tag === 'text' || node.tag === 'tspan')
    return `${pad}<${node.tag}${attrs}>${node.children.map((c) => prettySvg(c, 0).trim()).join('')}</${node.tag}>`;
  if (!node.children.length) return `${pad}<${node.tag}${attrs}/>`;
  return [`${pad}<${node.tag}${attrs}>`, ...node.children.map((c) => prettySvg(c, depth + 1)).filter(Boolean), `${pad}</${node.tag}>`].join('\n');
}

/**
 * Compares a drawing with its reviewed snapshot. On a difference the new drawing
 * is written beside the old (<name>.new.svg, ignored by git) for a person to open
 * and compare; UPDATE_SNAPSHOTS=1 accepts it. A missing snapshot is written, and
 * fails in CI, where nobody would look at it.
 */
export function expectSnapshot(svg: SvgNode, name: string) {
  const file = `tests/unit/charts/forms/__snapshots__/${name}.svg`;
  const next = file.replace(/\.svg$/, '.new.svg');
  const text = prettySvg(svg) + '\n';
  if (process.env.UPDATE_SNAPSHOTS || !existsSync(file)) {
    writeFileSync(file, text);
    rmSync(next, { force: true });
    expect(process.env.CI && !process.env.UPDATE_SNAPSHOTS ? `${file} was missing` : '', 'commit the snapshot after looking at it').toBe('');
    return;
  }
  const old = readFileSync(file, 'utf8');
  if (old !== text) writeFileSync(next, text);
  else rmSync(next, { force: true });
  expect(old === text, `${file} differs from the new drawing: compare it with ${next}, then run with UPDATE_SNAPSHOTS=1 to accept`).toBe(true);
}
