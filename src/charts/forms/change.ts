/**
 * Change: a figure going from one value to another, one row each. With both
 * ends (从每吨1.2万元降至8000元) an arrow from the old value to the new on one
 * zero-based axis, old as a hollow dot, new as the arrow's head; with only the
 * size of the change (下降了3个百分点, 增长超过一倍) a bar of the change.
 */
import { z } from 'zod';
import type { ChartForm, SpecProblem } from '../types.ts';
import type { ChartRecord, Quantity } from '../record.ts';
import { el, frame } from '../svg.ts';
import { fill, fillStroke, stroke, type Tone } from '../palette.ts';
import { linker, mark } from '../mark.ts';
import { valueAxis, zeroBased } from '../axis.ts';
import { rowsLayout } from '../rows.ts';
import { lineStep, sizesOf, textLines } from '../labels.ts';
import { textWidth } from '../text.ts';
import { toneOf } from '../entity-tones.ts';
import { dateText, quantityWords, sourceWords, valueWords } from '../words.ts';
import { mixedUnits, optionProblems, unknownUnitProblem } from './accepts.ts';
import { missingLines, missingNote, noteWidth } from './common.ts';
import { t } from '../../i18n/strings.ts';

const optionsSchema = z
  .object({
    /** `spec`: in the spec's order; `change`: largest change first. */
    sort: z.enum(['spec', 'change']).optional(),
  })
  .strict();
export type ChangeOptions = Required<z.infer<typeof optionsSchema>>;

export interface ChangeRow {
  record: ChartRecord;
  tone: Tone;
  from?: number;
  to?: number;
  by?: number;
}

export interface ChangeModel {
  /** `ends`: arrows from→to; `by`: bars of the change. */
  mode: 'ends' | 'by';
  rows: ChangeRow[];
  unit: string;
  max: number;
  links: Record<string, string | undefined>;
}

const has = (q?: Quantity) => q?.amount != null;
const modeOf = (r: ChartRecord) => (has(r.change?.from) && has(r.change?.to) ? 'ends' : 'by');
const size = (row: ChangeRow) => row.by ?? Math.abs((row.to ?? 0) - (row.from ?? 0));

/** What the mark prints beside it: both ends, or the change with its direction. */
function valueText(row: ChangeRow, mode: ChangeModel['mode']): string {
  const c = row.record.change!;
  return mode === 'ends' ? `${quantityWords(c.from!)} → ${quantityWords(c.to!)}` : `${c.direction === 'up' ? '↑' : '↓'} ${valueWords(row.record)}`;
}

/** One or two lines of value text, centred on the mark's middle. */
function valueLines(lines: string[], { x, mid, size }: { x: number; mid: number; size: number }) {
  const y = mid + 5 - ((lines.length - 1) * lineStep(size)) / 2;
  return lines.length === 1 ? textLines(lines[0], { x, y, size, weight: 600 }) : textLines(lines, { x, y, size, weight: 600 });
}

export const change: ChartForm<ChangeOptions, ChangeModel> = {
  defaults: Object.freeze({ sort: 'spec' } as ChangeOptions),

  accepts(records, options) {
    const problems: SpecProblem[] = optionProblems(optionsSchema, options);
    records.forEach((r, i) => {
      const unknown = unknownUnitProblem(r, i);
      if (unknown) problems.push(unknown);
      else if (!r.change)
        problems.push({ path: ['records', i], message: `"${r.id}" is not a change; use form "${r.value ? 'bars' : 'timeline'}" for it` });
    });
    if (problems.length) return problems;
    const modes = new Set(records.map(modeOf));
    if (modes.size > 1)
      problems.push({
        path: ['records'],
        message: 'some changes give both ends (from → to) and some only their size (by); split them into two change charts',
      });
    else if (modes.has('ends'))
      problems.push(
        ...mixedUnits(
          records,
          (r) => r.change?.to?.unit,
          (r) => records.indexOf(r),
        ),
      );
    else
      problems.push(
        ...mixedUnits(
          records.filter((r) => has(r.change?.by)),
          (r) => r.change?.by?.unit,
          (r) => records.indexOf(r),
        ),
      );
    if (modes.has('by') && !records.some((r) => has(r.change?.by)))
      problems.push({ path: ['records'], message: 'no change here gives an amount to draw; add one or show them in a table' });
    return problems;
  },

  model({ records, links, tones }, options) {
    const o = { ...change.defaults, ...options };
    const mode = modeOf(records[0]);
    const rows: ChangeRow[] = records.map((r) => ({
      record: r,
      tone: toneOf(r, tones),
      from: r.change?.from?.amount ?? undefined,
      to: r.change?.to?.amount ?? undefined,
      by: mode === 'by' ? (r.change?.by?.amount ?? undefined) : undefined,
    }));
    if (o.sort === 'change') rows.sort((a, b) => size(b) - size(a));
    const c = records[0].change!;
    const unit = mode === 'ends' ? c.to!.unit : records.find((r) => has(r.change?.by))!.change!.by!.unit;
    const max = Math.max(...rows.flatMap((r) => (mode === 'ends' ? [r.from!, r.to!] : [r.by ?? 0])));
    return { mode, rows, unit, max, links };
  },

  draw(model, layout) {
    const sz = sizesOf(layout);
    const link = linker(model.links, layout);
    const rows = layout.limit ? model.rows.slice(0, layout.limit) : model.rows;
    // The value beside each mark, in one line where the room allows, else broken after the arrow (1.2万元/吨 → | 8000元/吨左右).
    const words = rows.map((row) => valueText(row, model.mode));
    const widest = Math.max(0, ...words.map((w) => textWidth(w, sz.value)));
    const cap = Math.round(layout.width * 0.45);
    const room = Math.min(cap, Math.max(layout.narrow ? 96 : 140, widest + 16));
    const lines = words.map((w) => (textWidth(w, sz.value) + 16 <= room ? [w] : w.split(/(?<= →) /u)));
    const g = rowsLayout(
      rows.map((r) => {
        const bar = model.mode === 'ends' || r.by !== undefined;
        return { label: r.record.label, notes: bar ? 1 : missingLines(r.record, sz.value, noteWidth(layout)).length, bar };
      }),
      layout,
      { valueRoom: room },
    );
    const x = zeroBased(model.max, [g.x0, g.x1]);
    const body = rows.map((row, i) => {
      const box = g.rows[i];
      const r = row.record;
      const mid = box.barY + box.barH / 2;
      const label = textLines(box.label, { x: box.labelX, y: box.labelY, size: sz.label, anchor: g.anchor, weight: 600 });
      const note = textLines(dateText(r), { x: g.x0, y: box.noteY, size: sz.note, tone: 'muted' });
      if (model.mode === 'ends') {
        // Rounded: the arrowhead's path is a string, which the SVG writer does not round.
        const [a, b] = [x(row.from!), x(row.to!)].map((v) => Math.round(v * 10) / 10);
        const dir = b >= a ? 1 : -1;
        const head = `M${b},${mid} l${-dir * 9},-6 v12z`;
        const right = Math.max(a, b) + 8;
        return el(
          'g',
          {},
          label,
          mark(
            link(r),
            el('line', { x1: a, x2: b - dir * 8, y1: mid, y2: mid, ...stroke(row.tone), 'stroke-width': 2.5 }),
            el('path', { d: head, ...fill(row.tone) }),
            el('circle', { cx: a, cy: mid, r: 4.5, ...fillStroke('bg', row.tone), 'stroke-width': 2 }),
            valueLines(lines[i], { x: right, mid, size: sz.value }),
            note,
          ),
        );
      }
      if (row.by === undefined)
        return el('g', {}, label, mark(link(r), missingNote(r, { x: g.x0, y: box.barY + 8, size: sz.value, width: noteWidth(layout) })));
      const end = x(row.by);
      return el(
        'g',
        {},
        label,
        mark(
          link(r),
          el('rect', { x: g.x0, y: box.barY, width: end - g.x0, height: box.barH, ...fill(row.tone) }),
          valueLines(lines[i], { x: end + 6, mid, size: sz.value }),
          note,
        ),
      );
    });
    return frame(layout.width, g.bottom + 2 * sz.note + 16, valueAxis(x, { top: g.top, bottom: g.bottom, unit: model.unit, size: sz.note }), ...body);
  },

  summary(model) {
    if (model.rows.length === 1) return `${model.rows[0].record.label}：${valueWords(model.rows[0].record)}。`;
    const ups = model.rows.filter((r) => r.record.change!.direction === 'up').length;
    const largest = [...model.rows].sort((a, b) => size(b) - size(a))[0];
    return `共${model.rows.length}项变化，${ups}项上升，${model.rows.length - ups}项下降；变化最大的是${largest.record.label}（${valueWords(largest.record)}）。`;
  },

  table(model) {
    return {
      columns: [t.chart.item, t.chart.value, t.chart.when, t.chart.source],
      rows: model.rows.map(({ record: r }) => ({
        record: r.id,
        cells: [r.label, valueWords(r), dateText(r), sourceWords(r) ?? r.source?.hedge ?? ''],
      })),
    };
  },
};
