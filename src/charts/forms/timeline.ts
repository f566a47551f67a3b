/**
 * Timeline: each record as the interval its date covers, so an event known only
 * by its year never pretends to be a day — a thin bracket across the span for
 * a year, a quarter or a month, a dot for a day. The axis shows only the years
 * where events are: a gap of empty years becomes an explicit break, and a run of
 * years holding few of the events (an outlier year) is an inset a third as wide,
 * so the width goes where the events are and a year-long date stays short.
 * Amounts are drawn as a circle whose area is the amount, at the middle of the
 * date, and written beside it; never as length, which reads as time here.
 */
import { z } from 'zod';
import { utcYear } from 'd3-time';
import { rollups } from 'd3-array';
import type { ChartForm, SpecProblem } from '../types.ts';
import type { ChartRecord } from '../record.ts';
import { el, frame } from '../svg.ts';
import { fill, fillStroke, stroke, type Tone } from '../palette.ts';
import { linker, mark } from '../mark.ts';
import { rowsLayout } from '../rows.ts';
import { sizesOf, textLines } from '../labels.ts';
import { textWidth } from '../text.ts';
import { toneOf } from '../entity-tones.ts';
import { dateText, sourceWords, valueWords } from '../words.ts';
import { optionProblems, unknownUnitProblem } from './accepts.ts';
import { interval } from '../../lib/dates.ts';
import { t } from '../../i18n/strings.ts';

const optionsSchema = z
  .object({
    /** Empty years at least this many long become a break in the axis. */
    breakAfter: z.number().int().min(1).optional(),
  })
  .strict();
export type TimelineOptions = Required<z.infer<typeof optionsSchema>>;

export interface TimelineEvent {
  record: ChartRecord;
  start: Date;
  end: Date;
  tone: Tone;
}

export interface TimelineModel {
  events: TimelineEvent[];
  /** Runs of years the axis shows, first and last year of each. */
  spans: [number, number][];
  /** Empty years that start a new run (the option). */
  breakAfter: number;
  links: Record<string, string | undefined>;
}

/** Below this width in px an interval is drawn as a dot: it is a day, or close to it. */
const DOT_BELOW = 5;
/** Room an axis break takes, in px. */
const BREAK = 22;
/** A run of years holding at most this share of the events, beside a fuller one, is an inset… */
const INSET_SHARE = 0.25;
/** …whose years are this fraction of a year's width elsewhere. */
const INSET_YEAR = 1 / 3;
/** Radius of the largest amount's circle, px at the default text size. */
const MAX_RADIUS = 12;
/** A timeline of more rows than this writes its years under the last row too. */
const REPEAT_YEARS_AFTER = 6;
const yearText = (y: number) => `${y}年`;

export const timeline: ChartForm<TimelineOptions, TimelineModel> = {
  defaults: Object.freeze({ breakAfter: 2 } as TimelineOptions),

  accepts(records, options) {
    const problems: SpecProblem[] = optionProblems(optionsSchema, options);
    records.forEach((r, i) => {
      const unknown = unknownUnitProblem(r, i);
      if (unknown) problems.push(unknown);
      if (!r.date.value || !r.date.precision)
        problems.push({
          path: ['records', i],
          message: `"${r.id}" has no date, so a timeline cannot place it; give it a date or plot it in another form`,
        });
    });
    return problems;
  },

  model({ records, links, tones }, options) {
    const o = { ...timeline.defaults, ...options };
    const events = records.map((record) => {
      const { value, precision, part } = record.date;
      const [start, end] = interval({ value: value!, precision: precision!, part });
      return { record, start, end, tone: toneOf(record, tones) };
    });
    events.sort((a, b) => +a.start - +b.start || +a.end - +b.end);
    return { events, spans: spansOf(events, o.breakAfter), breakAfter: o.breakAfter, links };
  },

  draw(model, layout) {
    const size = sizesOf(layout);
    const link = linker(model.links, layout);
    // A card shows the latest events, over their own years only.
    const events = layout.limit ? model.events.slice(-layout.limit) : model.events;
    const spans = layout.limit ? spansOf(events, model.breakAfter) : model.spans;
    const g = rowsLayout(
      events.map((e) => ({ label: e.record.label })),
      layout,
      { valueRoom: layout.narrow ? 8 : 16, top: size.note + 12 },
    );
    // Each run's share of the events decides whether its years are full width or an inset.
    const inRun = (a: number, b: number) => events.filter((e) => e.start.getUTCFullYear() <= b && e.end.getUTCFullYear() >= a).length;
    const weight = (a: number, b: number) => (spans.length > 1 && inRun(a, b) <= events.length * INSET_SHARE ? INSET_YEAR : 1);
    const units = spans.reduce((n, [a, b]) => n + (b - a + 1) * weight(a, b), 0);
    const perUnit = (g.x1 - g.x0 - BREAK * (spans.length - 1)) / units;
    let cursor = g.x0;
    const segments = spans.map(([a, b]) => {
      const seg = { from: a, to: b, x: cursor, perYear: perUnit * weight(a, b) };
      cursor += (b - a + 1) * seg.perYear + BREAK;
      return seg;
    });
    const x = (d: Date) => {
      const year =
        d.getUTCFullYear() +
        (+d - Date.UTC(d.getUTCFullYear(), 0, 1)) / (Date.UTC(d.getUTCFullYear() + 1, 0, 1) - Date.UTC(d.getUTCFullYear(), 0, 1));
      const seg = segments.find((s) => year <= s.to + 1 + 1e-9) ?? segments.at(-1)!;
      return seg.x + (Math.max(year, seg.from) - seg.from) * seg.perYear;
    };
    // Circles for the amounts of the unit most events with an amount share; area is the amount.
    const amounts = events.filter((e) => e.record.value?.amount != null && e.record.value.amount > 0);
    const unit = rollups(
      amounts,
      (v) => v.length,
      (e) => e.record.value!.unit,
    ).sort((a, b) => b[1] - a[1])[0]?.[0];
    const sized = amounts.filter((e) => e.record.value!.unit === unit);
    const largest = Math.max(0, ...sized.map((e) => e.record.value!.amount!));
    const maxR = Math.min((MAX_RADIUS * size.label) / 14, g.rows[0] ? g.rows[0].barH : MAX_RADIUS);
    const radius = (e: TimelineEvent) => (sized.includes(e) ? Math.max(2.5, maxR * Math.sqrt(e.record.value!.amount! / largest)) : 0);
    // Years again under the rows only where they run long: a card or a poster reads them once, at the top.
    const repeatYears = events.length > REPEAT_YEARS_AFTER;
    const yearRows = repeatYears ? [size.note, g.bottom + size.note + 2] : [size.note];
    const foot = repeatYears ? size.note + 12 : 8;
    const gridline = (gx: number, label?: string) =>
      el(
        'g',
        {},
        el('line', { x1: gx, x2: gx, y1: size.note + 6, y2: g.bottom, ...stroke('grid') }),
        ...(label ? yearRows.map((ty) => textLines(label, { x: gx + 3, y: ty, size: size.note, tone: 'muted', halo: false })) : []),
      );
    const axis = el(
      'g',
      { class: 'axis', 'aria-hidden': 'true' },
      segments.flatMap((s, k) => {
        const lines = [];
        for (let y = s.from; y <= s.to; y++) lines.push(gridline(s.x + (y - s.from) * s.perYear, yearText(y)));
        const end = s.x + (s.to - s.from + 1) * s.perYear;
        lines.push(gridline(end));
        // The break: two slanted strokes in the gap where empty years are left out.
        if (k < segments.length - 1)
          lines.push(
            el('path', { d: `M${end + 6},${g.bottom + 4} l4,-10 M${end + 12},${g.bottom + 4} l4,-10`, ...stroke('muted'), 'stroke-width': 1.5 }),
          );
        return lines;
      }),
    );
    const rows = events.map((e, i) => {
      const box = g.rows[i];
      const [x0, x1] = [x(e.start), x(e.end)];
      const cy = box.barY + box.barH / 2;
      const r = radius(e);
      const shape =
        x1 - x0 < DOT_BELOW
          ? r
            ? null
            : el('circle', { cx: (x0 + x1) / 2, cy, r: 5, ...fill(e.tone) })
          : // A span, not a quantity: a thin line with end ticks across every day the date may be.
            el('path', { d: `M${x0},${cy - 6}v12M${x0},${cy}H${x1}M${x1},${cy - 6}v12`, ...stroke(e.tone), 'stroke-width': 2.5, fill: 'none' });
      // The amount: a tinted circle with an outline in the company's colour, the date's line showing through.
      const amount = r ? el('circle', { cx: (x0 + x1) / 2, cy, r, ...fillStroke(e.tone, e.tone), 'fill-opacity': 0.35, 'stroke-width': 1.5 }) : null;
      const note = [dateText(e.record), valueWords(e.record)].filter(Boolean).join(' · ');
      const noteX = Math.max(x1, (x0 + x1) / 2 + r) + 8;
      const fits = noteX + textWidth(note, size.note) < layout.width;
      return el(
        'g',
        {},
        textLines(box.label, { x: box.labelX, y: box.labelY, size: size.label, anchor: g.anchor }),
        mark(
          link(e.record),
          shape,
          amount,
          textLines(note, {
            x: fits ? noteX : Math.min(x0, (x0 + x1) / 2 - r) - 8,
            y: cy + 4,
            size: size.note,
            anchor: fits ? 'start' : 'end',
            tone: 'muted',
          }),
        ),
      );
    });
    // One line says what the circles are; the amounts themselves are written beside them (a card has no room for it).
    const key =
      sized.length && layout.notes !== false
        ? textLines(t.chart.circleKey, {
            x: layout.width,
            y: g.bottom + foot + size.note - 2,
            size: size.note,
            anchor: 'end',
            tone: 'muted',
            halo: false,
          })
        : null;
    return frame(layout.width, g.bottom + foot + (key ? size.note + 4 : 0), axis, ...rows, key);
  },

  summary(model) {
    const first = model.events[0].record;
    const last = model.events.at(-1)!.record;
    const [busiestYear, count] = rollups(
      model.events,
      (v) => v.length,
      (e) => e.start.getUTCFullYear(),
    ).sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    return `共${model.events.length}项。最早：${dateText(first)}，${first.label}；最近：${dateText(last)}，${last.label}；${busiestYear}年最多，有${count}项。`;
  },

  table(model) {
    return {
      columns: [t.chart.item, t.chart.when, t.chart.value, t.chart.source],
      rows: model.events.map((e) => ({
        record: e.record.id,
        cells: [e.record.label, dateText(e.record), valueWords(e.record) || '—', sourceWords(e.record) ?? ''],
      })),
    };
  },
};

/** The years the events cover, as runs; a gap of breakAfter or more empty years starts a new run (drawn with a break). */
function spansOf(events: { start: Date; end: Date }[], breakAfter: number): [number, number][] {
  const years = new Set(events.flatMap((e) => utcYear.range(utcYear.floor(e.start), e.end).map((d) => d.getUTCFullYear())));
  const spans: [number, number][] = [];
  for (const y of [...years].sort((a, b) => a - b)) {
    const last = spans.at(-1);
    if (last && y - last[1] - 1 < breakAfter) last[1] = y;
    else spans.push([y, y]);
  }
  return spans;
}
