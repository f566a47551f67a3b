/**
 * Range: each figure on one zero-based axis as what the report knows of it.
 * An amount is a bar; a range (6到9个月) a band between its ends; a vague range
 * (数十万到几百万美元) a band that fades in across its lower magnitude and runs
 * off the axis towards its upper one — a range, never a made-up point.
 */
import { z } from 'zod';
import type { ChartForm, SpecProblem } from '../types.ts';
import type { ChartRecord } from '../record.ts';
import { el } from '../svg.ts';
import { PALETTE, fill } from '../palette.ts';
import { linker, mark } from '../mark.ts';
import { axisFrame, zeroBased } from '../axis.ts';
import { rowsLayout } from '../rows.ts';
import { TEXT, sizesOf, textLines } from '../labels.ts';
import { ems } from '../text.ts';
import { toneOf } from '../entity-tones.ts';
import { dateText, equivalentWords, sourceWords, valueWords } from '../words.ts';
import { formFor, mixedUnits, optionProblems, unknownUnitProblem } from './accepts.ts';
import { missingLines, missingNote, noteWidth, times } from './common.ts';
import { t } from '../../i18n/strings.ts';
import { vagueBounds } from '../../lib/figures.ts';

const optionsSchema = z
  .object({
    /** `spec`: in the spec's order; `value`: highest first. */
    sort: z.enum(['spec', 'value']).optional(),
  })
  .strict();
export type RangeOptions = Required<z.infer<typeof optionsSchema>>;

export type RangeRow =
  | { kind: 'amount'; record: ChartRecord; value: number }
  | { kind: 'range'; record: ChartRecord; from: number; to: number }
  | { kind: 'vague'; record: ChartRecord; from: [number, number]; to: [number, number] }
  | { kind: 'none'; record: ChartRecord };

export interface RangeModel {
  rows: RangeRow[];
  unit: string;
  max: number;
  links: Record<string, string | undefined>;
  tones: Record<string, ReturnType<typeof toneOf>>;
}

/** [min, max) of a vague magnitude word: 数十万 → [1e5, 1e6); read by the figure parser's rule. */
export const magnitude = vagueBounds;

function rowOf(record: ChartRecord): RangeRow {
  const v = record.value!;
  if (v.amount !== null) return { kind: 'amount', record, value: v.amount };
  if (v.range) return { kind: 'range', record, from: v.range[0], to: v.range[1] };
  const [a, b] = (v.vague ?? []).map(magnitude);
  if (a && b) return { kind: 'vague', record, from: a, to: b };
  return { kind: 'none', record };
}
const high = (r: RangeRow) => (r.kind === 'amount' ? r.value : r.kind === 'range' ? r.to : 0);

export const range: ChartForm<RangeOptions, RangeModel> = {
  defaults: Object.freeze({ sort: 'spec' } as RangeOptions),

  accepts(records, options) {
    const problems: SpecProblem[] = optionProblems(optionsSchema, options);
    records.forEach((r, i) => {
      const unknown = unknownUnitProblem(r, i);
      if (unknown) return problems.push(unknown);
      const other = formFor(r);
      if (other && other !== 'range')
        problems.push({
          path: ['records', i],
          message: `"${r.id}" is ${other === 'change' ? 'a change' : 'an event without a figure'}; use form "${other}" for it`,
        });
      else if (r.value?.vague?.length === 2 && !r.value.vague.every(magnitude))
        problems.push({
          path: ['records', i],
          message: `"${r.id}" has vague words the range cannot place (${r.value.vague.join('到')}); write them like 数十万 and 几百万`,
        });
    });
    if (problems.length) return problems;
    const placed = records.filter((r) => r.value && (r.value.amount !== null || r.value.range));
    if (!placed.length) problems.push({ path: ['records'], message: 'a range chart needs at least one amount or range to set its axis; add one' });
    problems.push(
      ...mixedUnits(
        records.filter((r) => rowOf(r).kind !== 'none'),
        (r) => r.value?.unit,
        (r) => records.indexOf(r),
      ),
    );
    return problems;
  },

  model({ records, links, tones }, options) {
    const o = { ...range.defaults, ...options };
    const rows = records.map(rowOf);
    if (o.sort === 'value') rows.sort((a, b) => high(b) - high(a));
    const order = (r: RangeRow) => (r.kind === 'none' ? 1 : 0);
    rows.sort((a, b) => order(a) - order(b));
    return {
      rows,
      unit: rows.find((r) => r.kind !== 'none')!.record.value!.unit,
      max: Math.max(...rows.map(high)),
      links,
      tones: Object.fromEntries(records.map((r) => [r.id, toneOf(r, tones)])),
    };
  },

  draw(model, layout) {
    const size = sizesOf(layout);
    const rows = layout.limit ? model.rows.slice(0, layout.limit) : model.rows;
    const bare = layout.notes === false;
    // A vague value is said in words under its band, also on a bare card; a range, and the report's conversion, under the bar.
    const noted = (r: RangeRow) => r.kind === 'vague' || (!bare && (r.kind === 'range' || Boolean(r.record.equivalent)));
    // Room right of the plot for the widest value printed there, so the marks take the rest of the column.
    const axisEnd = zeroBased(model.max, [0, 1]).domain()[1];
    const besides = rows.map((r) =>
      r.kind === 'amount' || r.kind === 'range'
        ? valueWords(r.record)
        : r.kind === 'vague' && r.to[0] >= axisEnd
          ? t.chart.offScale(r.record.value!.vague![1]!)
          : '',
    );
    const g = rowsLayout(
      rows.map((r) => ({
        label: r.record.label,
        notes: r.kind === 'none' ? missingLines(r.record, size.value, noteWidth(layout)).length - 1 : noted(r) ? 1 : 0,
        bar: r.kind !== 'none',
      })),
      layout,
      { valueRoom: Math.max(48, ...besides.map((w) => ems(w) * TEXT.value + 16)) },
    );
    const x = zeroBased(model.max, [g.x0, g.x1]);
    const [d0, d1] = x.domain();
    const link = linker(model.links, layout);
    const body = rows.map((row, i) => {
      const box = g.rows[i];
      const r = row.record;
      const tone = model.tones[r.id];
      const label = textLines(box.label, { x: box.labelX, y: box.labelY, size: size.label, anchor: g.anchor, weight: 600 });
      const mid = box.barY + box.barH / 2 + 5;
      const words = (text: string) => textLines(text, { x: g.x0, y: box.noteY, size: size.note, tone: 'muted' });
      const note = (text: string) => (bare ? null : words(text));
      if (row.kind === 'none')
        return el(
          'g',
          {},
          label,
          mark(
            link(r),
            missingNote(r, { x: g.x0, y: box.barY + (layout.narrow ? 8 : box.barH / 2 + 5), size: size.value, width: noteWidth(layout) }),
          ),
        );
      if (row.kind === 'amount') {
        const end = x(row.value);
        const eq = equivalentWords(r);
        return el(
          'g',
          {},
          label,
          mark(
            link(r),
            el('rect', { x: g.x0, y: box.barY, width: end - g.x0, height: box.barH, ...fill(tone) }),
            textLines(valueWords(r), { x: end + 6, y: mid, size: size.value, weight: 600 }),
            eq ? note(eq) : null,
          ),
        );
      }
      if (row.kind === 'range') {
        const [a, b] = [x(row.from), x(row.to)];
        return el(
          'g',
          {},
          label,
          mark(
            link(r, t.chart.rangeNote),
            el('rect', { x: a, y: box.barY, width: Math.max(2, b - a), height: box.barH, rx: 2, ...fill(tone) }),
            textLines(valueWords(r), { x: b + 6, y: mid, size: size.value, weight: 600 }),
            note(t.chart.rangeNote),
          ),
        );
      }
      const id = `${layout.idPrefix}-range-${i}`;
      const start = x(Math.max(d0, row.from[0]));
      // The band is solid from where the lower magnitude must have been reached.
      const solidFrom = Math.min(1, (x(Math.min(d1, row.from[1])) - start) / Math.max(1, g.x1 - start));
      const offAxis = row.to[0] >= d1;
      return el(
        'g',
        {},
        label,
        el(
          'defs',
          {},
          el(
            'linearGradient',
            { id, x1: 0, x2: 1, y1: 0, y2: 0 },
            el('stop', { offset: 0, class: `stop-${tone}`, 'stop-color': PALETTE[tone], 'stop-opacity': 0 }),
            el('stop', { offset: solidFrom, class: `stop-${tone}`, 'stop-color': PALETTE[tone], 'stop-opacity': 1 }),
          ),
        ),
        mark(
          link(r, t.chart.rangeNote),
          el('rect', { x: start, y: box.barY, width: g.x1 - start, height: box.barH, fill: `url(#${id})` }),
          offAxis ? el('path', { d: `M${g.x1},${box.barY - 3} l9,${box.barH / 2 + 3} l-9,${box.barH / 2 + 3}z`, ...fill(tone) }) : null,
          offAxis ? textLines(t.chart.offScale(r.value!.vague![1]!), { x: g.x1 + 12, y: mid, size: size.value, weight: 600 }) : null,
          words(`${valueWords(r)}（${t.chart.rangeNote}）`),
        ),
      );
    });
    return axisFrame(layout.width, x, { top: g.top, bottom: g.bottom, unit: model.unit, size: size.note }, ...body);
  },

  summary(model) {
    const amounts = model.rows.filter((r) => r.kind === 'amount').sort((a, b) => b.value - a.value);
    let text = '';
    if (amounts.length) {
      const [hi, lo] = [amounts[0], amounts.at(-1)!];
      text = `${hi.record.label}（${valueWords(hi.record)}）`;
      text += hi === lo ? '。' : `约为${lo.record.label}（${valueWords(lo.record)}）的${times(hi.value, lo.value)}倍。`;
    }
    for (const r of model.rows)
      if (r.kind === 'range' || r.kind === 'vague') text += `${r.record.label}为${valueWords(r.record)}，是区间而非确切数值。`;
    return text;
  },

  table(model) {
    const records = model.rows.map((r) => r.record);
    const withEquivalent = records.some((r) => r.equivalent);
    return {
      columns: [t.chart.item, t.chart.value, ...(withEquivalent ? [t.chart.cny] : []), t.chart.when, t.chart.source],
      rows: records.map((r) => ({
        record: r.id,
        cells: [r.label, valueWords(r), ...(withEquivalent ? [equivalentWords(r) ?? '—'] : []), dateText(r), sourceWords(r) ?? r.source?.hedge ?? ''],
      })),
    };
  },
};
