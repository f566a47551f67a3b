/** The records a chart plots, in its spec's order, with the sentence each comes from. */
import { getEntries } from 'astro:content';
import { sentenceLink, type ChartEntry } from './content.ts';
import type { ChartInput } from '../charts/types.ts';

export async function chartInput(chart: ChartEntry): Promise<ChartInput> {
  const entries = await getEntries(chart.data.records.map((r) => ({ collection: 'records' as const, id: r })));
  const records = entries.map((e, i) => {
    if (!e) throw new Error(`chart "${chart.id}" plots "${chart.data.records[i]}", which is not a record`);
    return e.data;
  });
  const links = Object.fromEntries(await Promise.all(records.map(async (r) => [r.id, await sentenceLink(r.id)] as const)));
  return { records, links };
}
