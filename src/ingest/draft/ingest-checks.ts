/**
 * The checks ingest runs on a dataset and its chart specs, as the draft tool
 * needs them: the draft keeps only what they pass, so that it ingests and
 * builds as it stands. Apart from draft.ts because the chart check loads the
 * chart forms (and with them the site's identity file).
 */
import { chartProblems } from '../chart-check.ts';
import { checkProvenance } from '../../schemas/provenance.ts';
import type { DataRecord } from '../../schemas/record.ts';
import type { DraftInput } from './draft.ts';

export function ingestChecks(slug: string, reportText: string): Pick<DraftInput, 'check' | 'checkChart'> {
  return {
    check: (dataset) => checkProvenance(dataset as unknown as Parameters<typeof checkProvenance>[0], reportText),
    checkChart: (chart, records, paragraphs) =>
      chartProblems({
        file: `content/charts/${slug}.json`,
        charts: { report: slug, charts: [{ options: {}, ...chart }] },
        records: records as DataRecord[],
        paragraphs,
        source: '',
      }),
  };
}
