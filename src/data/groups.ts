/**
 * The data page's record tables: one per topic tag, in the dataset's tag order
 * (a record stands under its first declared tag), then the untagged records by
 * derived kind. Group ids make the anchors #<slug>-<tag|kind>.
 */
import { t } from '../i18n/strings.ts';
import { RECORD_KINDS, recordKind } from '../lib/record-kind.ts';
import type { Dataset } from '../schemas/dataset.ts';
import type { DataRecord } from '../schemas/record.ts';

export interface RecordGroup {
  /** Tag id or kind: the anchor's tail. */
  id: string;
  /** Chinese heading: the tag's name or t.kinds[kind]. */
  name: string;
  /** The records, each with its position in the whole dataset. */
  rows: { record: DataRecord; order: number }[];
}

export function recordGroups(dataset: Pick<Dataset, 'tags' | 'records'>): RecordGroup[] {
  const tags = Object.entries(dataset.tags ?? {});
  const numbered = dataset.records.map((record, order) => ({ record, order }));
  const firstTag = (r: DataRecord) => tags.find(([id]) => r.tags?.includes(id))?.[0];
  return [
    ...tags.map(([id, name]) => ({ id, name, rows: numbered.filter((x) => firstTag(x.record) === id) })),
    ...RECORD_KINDS.map((kind) => ({
      id: kind,
      name: t.kinds[kind],
      rows: numbered.filter((x) => !firstTag(x.record) && recordKind(x.record) === kind),
    })),
  ].filter((g) => g.rows.length > 0);
}
