/** Records of the seed dataset, and the chart specs, for builder tests. */
import { readFileSync } from 'node:fs';
import { datasetSchemaFor } from '../../../src/schemas/dataset.ts';
import { chartFileSchema, type ChartType } from '../../../src/schemas/chart-spec.ts';
import type { DataRecord } from '../../../src/schemas/record.ts';
import { findAll, type SvgNode } from '../../../src/charts/svg.ts';
import type { Layout } from '../../../src/charts/types.ts';

const report = readFileSync('content/reports/ai-talent-war-2024-04.txt', 'utf8');
const dataset = datasetSchemaFor(report).parse(JSON.parse(readFileSync('content/data/ai-talent-war-2024-04.json', 'utf8')));
const charts = chartFileSchema.parse(JSON.parse(readFileSync('content/charts/ai-talent-war-2024-04.json', 'utf8')));

export const record = (id: string): DataRecord => structuredClone(dataset.records.find((r) => r.id === id)!);

/** The records a chart type plots in the seed, with a fake link for each. */
export function inputFor(type: ChartType) {
  const spec = charts.charts.find((c) => c.type === type)!;
  const records = spec.records.map(record);
  return { records, links: Object.fromEntries(records.map((r) => [r.id, `/a/#src-${r.id}`])) };
}

export const WIDE: Layout = { width: 720, narrow: false, idPrefix: 'w' };
export const NARROW: Layout = { width: 340, narrow: true, idPrefix: 'n' };

export const marks = (svg: SvgNode) => findAll(svg, (n) => n.tag === 'a' && n.attrs.class === 'mark');
export const markOf = (svg: SvgNode, id: string) => marks(svg).find((m) => m.attrs['data-record'] === id);
export const rectsIn = (node: SvgNode | undefined) => findAll(node, (n) => n.tag === 'rect');
export const textsIn = (node: SvgNode | undefined) =>
  findAll(node, (n) => n.tag === 'text').map((n) => n.children.map((c) => (typeof c === 'string' ? c : c && typeof c === 'object' ? c.children.join('') : '')).join(''));
export const num = (v: unknown) => Number(v);
