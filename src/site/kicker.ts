/**
 * An article's kicker, as its page prints it (the series named, linking to it) and
 * its poster draws it: an article whose title is the series' own says 系列导读
 * instead of repeating the headline.
 */
import { t } from '../i18n/strings.ts';

interface KickerOf {
  title: string;
  series: string;
  order: number;
}

/** True when the kicker is 系列导读 alone: the article's headline is the series' title. */
export const isSeriesLead = (a: KickerOf) => a.title === a.series;

/** Where in the series the article stands: 导读 or 第N篇. */
export const seriesPart = (a: KickerOf) => (a.order === 0 ? t.lead : t.partOf(a.order));

/** The kicker as plain text. */
export const kickerText = (a: KickerOf) => (isSeriesLead(a) ? t.seriesLead : `${a.series} · ${seriesPart(a)}`);
