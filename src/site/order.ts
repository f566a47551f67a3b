/**
 * The order of reports on the front page, the feed and the data page: newest
 * first by publication date. A date known only to the month (or quarter, or
 * year) could be any day of it, so it counts as the period's last day and
 * sorts at the end of its period; pages say so beside the date.
 */
import { interval, type PartialDate } from '../lib/dates.ts';

/** Compare two reports, newest first; ties (same end of period) by slug. */
export function newestFirst(a: { id: string; published: PartialDate }, b: { id: string; published: PartialDate }): number {
  const end = (d: PartialDate) => interval(d)[1].getTime();
  return end(b.published) - end(a.published) || a.id.localeCompare(b.id);
}
