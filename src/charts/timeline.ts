/**
 * 交易时间线: each deal or event as the interval its date covers — a whole year
 * for a year, a quarter for a quarter, a dot for a day — so an event known only
 * by its year never pretends to be a day.
 */
import { scaleUtc } from 'd3-scale';
import { utcMonth, utcYear } from 'd3-time';
import { max, min, rollups } from 'd3-array';
import type { DataRecord } from '../schemas/record.ts';
import type { ChartBuilder, ChartInput } from './types.ts';
import { el, frame } from './svg.ts';
import { fill, haloText, stroke } from './palette.ts';
import { mark } from './mark.ts';
import { LABEL_SIZE, NOTE_SIZE, rowsLayout } from './rows.ts';
import { dateText, sourceName, valueText } from './words.ts';
import { textWidth } from './text.ts';
import { interval } from '../lib/dates.ts';
import { t } from '../i18n/strings.ts';

export interface TimelineEvent {
  record: DataRecord;
  start: Date;
  end: Date;
}

export interface TimelineModel {
  events: TimelineEvent[];
  domain: [Date, Date];
  links: ChartInput['links'];
}

const YEAR_SIZE = 12;
const yearText = (y: Date) => `${y.getUTCFullYear()}年`;

/** A year label right of its gridline: it names the span that follows the line. */
function yearLabel(x: number, y: number) {
  return { x: x + 3, y, 'text-anchor': 'start', 'font-size': YEAR_SIZE, ...fill('muted') };
}

/** Below this width in px an interval is drawn as a dot: it is a day, or close to it. */
const DOT_BELOW = 5;

export const timeline: ChartBuilder<TimelineModel> = {
  model({ records, links }) {
    const events = records.map((record) => {
      const { value, precision, part } = record.date;
      if (!value || !precision) throw new Error(`timeline chart: record "${record.id}" has no date and cannot be placed`);
      const [start, end] = interval({ value, precision, part });
      return { record, start, end };
    });
    events.sort((a, b) => +a.start - +b.start || +a.end - +b.end);
    const domain: [Date, Date] = [utcYear.floor(min(events, (e) => e.start)!), utcMonth.ceil(max(events, (e) => e.end)!)];
    return { events, domain, links };
  },

  draw(model, layout) {
    const g = rowsLayout(
      model.events.map((e) => ({ label: e.record.label, notes: layout.narrow ? 0 : 0 })),
      layout,
      layout.narrow ? 8 : 16,
      24,
    );
    const years = utcYear.range(model.domain[0], model.domain[1]);
    // End the time axis early enough that the last year's label fits right of its line
    // (a label left of it would name the year before).
    const [d0, d1] = model.domain.map(Number);
    const lastAt = (+years.at(-1)! - d0) / (d1 - d0);
    const lastRoom = layout.width - 3 - textWidth(yearText(years.at(-1)!), YEAR_SIZE);
    const x = scaleUtc()
      .domain(model.domain)
      .range([g.x0, lastAt > 0 ? Math.min(g.x1, g.x0 + (lastRoom - g.x0) / lastAt) : g.x1]);
    const axis = el(
      'g',
      { class: 'axis', 'aria-hidden': 'true' },
      years.map((y) =>
        el(
          'g',
          {},
          el('line', { x1: x(y), x2: x(y), y1: 18, y2: g.bottom, ...stroke('grid') }),
          // Repeat the years under a long timeline, so the bottom rows have them close by.
          ...[12, g.bottom + 14].map((ty) => el('text', yearLabel(x(y), ty), yearText(y))),
        ),
      ),
    );
    const anchor = layout.narrow ? 'start' : 'end';
    const rows = model.events.map((e, i) => {
      const box = g.rows[i];
      const x0 = x(e.start);
      const x1 = x(e.end);
      const cy = box.barY + box.barH / 2;
      const shape =
        x1 - x0 < DOT_BELOW
          ? el('circle', { cx: (x0 + x1) / 2, cy, r: 5, ...fill(e.record.kind === 'event' ? 'c2' : 'c1') })
          : el('rect', { x: x0, y: box.barY + 3, width: x1 - x0, height: box.barH - 6, rx: 3, ...fill(e.record.kind === 'event' ? 'c2' : 'c1') });
      const when = dateText(e.record);
      const value = e.record.value ? valueText(e.record) : '';
      const note = [when, value].filter(Boolean).join(' · ');
      const noteX = Math.max(x0, x1) + 8;
      const noteFits = noteX + note.length * NOTE_SIZE * 0.8 < layout.width;
      return el(
        'g',
        {},
        el(
          'text',
          { x: box.labelX, y: box.labelY, 'text-anchor': anchor, 'font-size': LABEL_SIZE, ...haloText('text') },
          box.label.map((line, j) => el('tspan', { x: box.labelX, dy: j ? 18 : undefined }, line)),
        ),
        mark(
          { record: e.record, href: model.links[e.record.id] },
          shape,
          el(
            'text',
            { x: noteFits ? noteX : x0 - 8, y: cy + 4, 'text-anchor': noteFits ? 'start' : 'end', 'font-size': NOTE_SIZE, ...haloText('muted') },
            note,
          ),
        ),
      );
    });
    const legend = el(
      'g',
      { 'aria-hidden': 'true' },
      el('circle', { cx: layout.width - 150, cy: g.bottom + 36, r: 5, ...fill('c1') }),
      el('text', { x: layout.width - 141, y: g.bottom + 40, 'font-size': NOTE_SIZE, ...fill('muted') }, t.chart.deal),
      el('circle', { cx: layout.width - 100, cy: g.bottom + 36, r: 5, ...fill('c2') }),
      el('text', { x: layout.width - 91, y: g.bottom + 40, 'font-size': NOTE_SIZE, ...fill('muted') }, t.chart.relatedEvent),
    );
    return frame(layout.width, g.bottom + 50, axis, ...rows, legend);
  },

  summary(model) {
    const first = model.events[0].record;
    const last = model.events.at(-1)!.record;
    const [busiestYear, count] = rollups(model.events, (v) => v.length, (e) => e.start.getUTCFullYear()).sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    return `共${model.events.length}项。最早：${dateText(first)}，${first.label}；最近：${dateText(last)}，${last.label}；${busiestYear}年最多，有${count}项。`;
  },

  table(model) {
    return {
      columns: [t.chart.item, t.chart.when, t.chart.value, t.chart.source],
      rows: model.events.map((e) => ({
        record: e.record.id,
        cells: [e.record.label, dateText(e.record), e.record.value ? valueText(e.record) : '—', sourceName(e.record) ?? ''],
      })),
    };
  },
};
