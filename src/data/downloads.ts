/** The download files, built from the validated dataset by the endpoints and measured by the data page. */
import { absolute, schemaUrl } from '../lib/urls.ts';
import type { DataRecord } from '../schemas/record.ts';
import type { PublishedDataset } from './datasets.ts';
import { toCsv } from './csv.ts';
import { quoteLinks } from './links.ts';

/** CSV of the given records, with absolute links to their sentences. */
export async function csvDownload(records: DataRecord[], site: URL | undefined): Promise<string> {
  const links = await quoteLinks(records);
  return toCsv(records, (id) => {
    const path = links.get(id);
    return path && absolute(path, site);
  });
}

/** The dataset file as validated; "$schema" points at the published schema instead of the editor's relative path. */
export function jsonDownload(d: PublishedDataset, site: URL | undefined): string {
  const { report, records, notFigures } = d.dataset;
  return JSON.stringify({ $schema: absolute(schemaUrl('dataset'), site), report, records, notFigures }, null, 2) + '\n';
}

export const byteLength = (text: string) => new TextEncoder().encode(text).length;
