/** The download files, built from the validated dataset by the endpoints and measured by the data page. */
import { absolute, schemaUrl } from '../lib/urls.ts';
import type { Dataset } from '../schemas/dataset.ts';
import type { DataRecord } from '../schemas/record.ts';
import { toCsv } from './csv.ts';

/** CSV of the given records, with absolute links to their sentences (sentence: record id -> site path). */
export function csvDownload(records: DataRecord[], sentence: (id: string) => string | undefined, site: URL | undefined): string {
  return toCsv(records, (id) => {
    const path = sentence(id);
    return path && absolute(path, site);
  });
}

/** The dataset file as validated; "$schema" points at the published schema instead of the editor's relative path. */
export function jsonDownload({ report, tags, records, notFigures }: Dataset, site: URL | undefined): string {
  // The topic tags travel with the records that name them, so the download validates as a dataset.
  return JSON.stringify({ $schema: absolute(schemaUrl('dataset'), site), report, ...(tags ? { tags } : {}), records, notFigures }, null, 2) + '\n';
}

export const byteLength = (text: string) => new TextEncoder().encode(text).length;
