/**
 * The first changelog entry of a drafted dataset: without one the build
 * refuses the dataset, and the draft must build as it stands. The note tells
 * readers the figures were drafted; the data page marks each unchecked record.
 */
import type { Changelog } from '../../schemas/changelog.ts';

export const DRAFT_NOTE = '首次发布：由起草工具从报道中提取，待编辑逐条核对';

export function firstChangelog(slug: string, day: string, version: string): Changelog {
  return { $schema: '../../public/data/schema/changelog.schema.json', report: slug, changes: [{ date: day, version, note: DRAFT_NOTE }] };
}
