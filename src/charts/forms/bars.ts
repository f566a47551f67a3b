/**
 * Bars: one bar per figure, its length the amount, on one zero-based axis.
 * Parts (`partOf` another plotted record) stack inside their whole; records
 * named in `annotations` (a stake beside an investment) are notes on their
 * row, not bars; a qualifier such as 超 is an arrow past the bar's end; a
 * figure without an amount is a row with an upright note, never an empty bar.
 */
import { z } from 'zod';
import { sum } from 'd3-array';
import type { ChartForm, ChartTable, Layout, SpecProblem } from '../types.ts';
import type { ChartRecord } from '../record.ts';
import { el, type SvgNode } from '../svg.ts';
import { fill, fillStroke, type Tone } from '../palette.ts';
import { linker, mark } from '../mark.ts';
import { axisFrame, zeroBased } from '../axis.ts';
import { rowsLayout } from '../rows.ts';
import { lineStep, sizesOf, textLines } from '../labels.ts';
import { toneOf } from '../entity-tones.ts';
import { dateText, equivalentWords, sourceWords, valueWords } from '../words.ts';
import { formFor, mixedUnits, optionProblems, unknownUnitProblem } from './accepts.ts';
import { missingLines, missingNote, noteWidth, overArrow, pairLabel, qualifierKind, times } from './common.ts';
import { t } from '../../i18n/strings.ts';

const optionsSchema = z
  .object({
    /** `value`: largest first; `spec`: in the spec's order. Rows without an amount come last either way. */
    sort: z.enum(['value', 'spec']).optional(),
    /** Records drawn as a note on the row of the bar with the same entities (a stake, a share of profits). */
    annotations: z.array(z.string()).optional(),
    /** Row names: each bar's record label, or who → whom from its entities (several records on a row). */
    rowLabel: z.enum(['label', 'entities']).optional(),
  })
  .strict();
export type BarsOptions = Required<z.infer<typeof optionsSchema>>;

export interface BarRow {
  label: string;
  tone: Tone;
  /** The record the bar's length is (absent: a row with a note). */
  bar?: ChartRecord;
  /** Parts stacked inside the bar, in the spec's order. */
  parts: ChartRecord[];
  /** Annotation records, as notes under the bar. */
  notes: ChartRecord[];
  /** A figure without an amount (missing, or vague such as 数百个). */
  none?: ChartRecord;
}

export interface BarsModel {
  rows: BarRow[];
  unit: string;
  max: number;
  links: Record<string, string | undefined>;
}

const amountOf = (r: ChartRecord) => r.value?.amount ?? 0;
const sameEntities = (a: ChartRecord, b: ChartRecord) => JSON.stringify(a.entities) === JSON.stringify(b.entities);

/** How the records split into bars, parts, notes and rows without an amount. */
function roles(records: ChartRecord[], options: BarsOptions) {
  const annotations = new Set(options.annotations);
  const withAmount = new Set(records.filter((r) => r.value?.amount != null && !annotations.has(r.id)).map((r) => r.id));
  const isPart = (r: ChartRecord) => Boolean(r.partOf && withAmount.has(r.partOf) && withAmount.has(r.id));
  return { annotations, isPart, onAxis: records.filter((r) => withAmount.has(r.id) && !isPart(r)) };
}

export const bars: ChartForm<BarsOptions, BarsModel> = {
  defaults: Object.freeze({ sort: 'value', annotations: [], rowLabel: 'label' } as BarsOptions),

  accepts(records, options) {
    const problems: SpecProblem[] = optionProblems(optionsSchema, options);
    if (problems.length) return problems;
    const o = { ...bars.defaults, ...options } as BarsOptions;
    const index = (r: ChartRecord) => records.indexOf(r);
    const ids = new Set(records.map((r) => r.id));
    o.annotations.forEach((id, i) => {
      if (!ids.has(id))
        problems.push({
          path: ['options', 'annotations', i],
          message: `"${id}" is not in this chart's records; add it to "records" or remove it here`,
        });
    });
    const { annotations, onAxis } = roles(records, o);
    records.forEach((r, i) => {
      const unknown = unknownUnitProblem(r, i);
      if (unknown) return problems.push(unknown);
      const other = formFor(r);
      if (other)
        return problems.push({
          path: ['records', i],
          message: `"${r.id}" is ${other === 'range' ? 'a range' : other === 'change' ? 'a change' : 'an event without a figure'}, which bars cannot draw; use form "${other}" for it`,
        });
      if (annotations.has(r.id) && !records.some((b) => onAxis.includes(b) && sameEntities(b, r)))
        problems.push({
          path: ['records', i],
          message: `annotation "${r.id}" has no bar with the same entities to sit on; plot such a bar or drop it from options.annotations`,
        });
    });
    if (problems.length) return problems;
    if (!onAxis.length)
      problems.push({ path: ['records'], message: 'bars need at least one figure with an amount; add one, or use form "timeline" for dated events' });
    problems.push(...mixedUnits(onAxis, (r) => r.value?.unit, index));
    return problems;
  },

  model({ records, links, tones }, options) {
    const o = { ...bars.defaults, ...options };
    const { annotations, isPart, onAxis } = roles(records, o);
    const label = (r: ChartRecord) => (o.rowLabel === 'entities' ? pairLabel(r) : r.label);
    const rows: BarRow[] = [];
    const rowOf = (r: ChartRecord): BarRow => {
      const existing = o.rowLabel === 'entities' ? rows.find((x) => x.label === label(r)) : undefined;
      if (existing) return existing;
      const row: BarRow = { label: label(r), tone: toneOf(r, tones), parts: [], notes: [] };
      rows.push(row);
      return row;
    };
    for (const r of onAxis) rowOf(r).bar = r;
    for (const r of records) {
      if (isPart(r)) rows.find((x) => x.bar?.id === r.partOf)?.parts.push(r);
      else if (annotations.has(r.id)) rows.find((x) => x.bar && sameEntities(x.bar, r))?.notes.push(r);
      else if (r.value?.amount == null) rowOf(r).none = r;
    }
    const drawn = rows.filter((r) => r.bar);
    if (o.sort === 'value') drawn.sort((a, b) => amountOf(b.bar!) - amountOf(a.bar!));
    return {
      rows: [...drawn, ...rows.filter((r) => !r.bar)],
      unit: onAxis[0].value!.unit,
      max: Math.max(...onAxis.map(amountOf)),
      links,
    };
  },

  draw(model, layout) {
    const size = sizesOf(layout);
    const rows = layout.limit ? model.rows.filter((r) => r.bar).slice(0, layout.limit) : model.rows;
    const noteLines = (r: BarRow) =>
      r.bar
        ? layout.notes === false
          ? 0
          : r.parts.length + (partsShort(r) ? 1 : 0) + r.notes.length + (r.parts.length ? 0 : 1)
        : missingLines(r.none!, size.value, noteWidth(layout)).length - 1;
    const g = rowsLayout(
      rows.map((r) => ({ label: r.label, notes: noteLines(r), bar: Boolean(r.bar) })),
      layout,
      { valueRoom: layout.narrow ? 96 : 120 },
    );
    const x = zeroBased(Math.max(...rows.filter((r) => r.bar).map((r) => amountOf(r.bar!))), [g.x0, g.x1]);
    const link = linker(model.links, layout);
    const body = rows.map((row, i) => {
      const box = g.rows[i];
      const label = textLines(box.label, { x: box.labelX, y: box.labelY, size: size.label, anchor: g.anchor, weight: 600 });
      if (!row.bar)
        return el(
          'g',
          {},
          label,
          mark(
            link(row.none!),
            missingNote(row.none!, { x: g.x0, y: box.barY + (layout.narrow ? 8 : box.barH / 2 + 5), size: size.value, width: noteWidth(layout) }),
          ),
        );
      return el('g', {}, label, ...barMarks(row, box, x, layout, link));
    });
    return axisFrame(layout.width, x, { top: g.top, bottom: g.bottom, unit: model.unit, size: size.note }, ...body);
  },

  summary(model) {
    const drawn = model.rows.filter((r) => r.bar).map((r) => r.bar!);
    const [hi, lo] = [drawn.reduce((a, b) => (amountOf(b) > amountOf(a) ? b : a)), drawn.reduce((a, b) => (amountOf(b) < amountOf(a) ? b : a))];
    let text = `最大的是${hi.label}（${valueWords(hi)}）`;
    if (lo !== hi) text += `，约为最小的${lo.label}（${valueWords(lo)}）的${times(amountOf(hi), amountOf(lo))}倍`;
    text += '。';
    const none = model.rows.filter((r) => !r.bar).map((r) => r.none!.label);
    return none.length ? `${text}另有${none.length}项报道没有给出确切数字：${none.join('、')}。` : text;
  },

  table(model) {
    const records = model.rows.flatMap((r) => [r.bar, ...r.parts, ...r.notes, r.none].filter((x): x is ChartRecord => Boolean(x)));
    const withEquivalent = records.some((r) => r.equivalent);
    const rows: ChartTable['rows'] = records.map((r) => ({
      record: r.id,
      cells: [r.label, valueWords(r), ...(withEquivalent ? [equivalentWords(r) ?? '—'] : []), dateText(r), sourceWords(r) ?? r.source?.hedge ?? ''],
    }));
    return { columns: [t.chart.item, t.chart.value, ...(withEquivalent ? [t.chart.cny] : []), t.chart.when, t.chart.source], rows };
  },
};

/** The bar of a row with its value, its stacked parts and its notes. */
function barMarks(
  row: BarRow,
  box: ReturnType<typeof rowsLayout>['rows'][number],
  x: (v: number) => number,
  layout: Layout,
  link: ReturnType<typeof linker>,
): SvgNode[] {
  const size = sizesOf(layout);
  const total = row.bar!;
  const x0 = x(0);
  const end = x(amountOf(total));
  const over = qualifierKind(total.value!.qualifier) === 'over';
  const stacked = row.parts.length > 0;
  let noteY = box.noteY;
  const nextNote = () => (noteY += lineStep(size.note)) - lineStep(size.note);
  // With parts inside, the whole is a tint with an outline (the outline keeps 3:1 contrast).
  const whole = stacked
    ? el('rect', {
        x: x0,
        y: box.barY,
        width: end - x0,
        height: box.barH,
        ...fillStroke(row.tone, row.tone),
        'fill-opacity': 0.3,
        'stroke-width': 1.5,
      })
    : el('rect', { x: x0, y: box.barY, width: end - x0, height: box.barH, ...fill(row.tone) });
  const out: SvgNode[] = [
    mark(
      link(total),
      whole,
      over ? overArrow(end, box.barY, box.barH, row.tone) : null,
      textLines(valueWords(total), { x: end + (over ? 16 : 6), y: box.barY + box.barH / 2 + 5, size: size.value, weight: 600 }),
      stacked || layout.notes === false
        ? null
        : textLines([total.detail, dateText(total)].filter(Boolean).join(' · '), { x: x0, y: nextNote(), size: size.note, tone: 'muted' }),
    ),
  ];
  let cursor = 0;
  row.parts.forEach((p) => {
    const from = x(cursor);
    cursor += amountOf(p);
    const y = nextNote();
    out.push(
      mark(
        link(p),
        // Parts are separated by a background-coloured edge, so each reads as its own piece.
        el('rect', {
          x: from,
          y: box.barY,
          width: Math.max(1, x(cursor) - from),
          height: box.barH,
          ...fillStroke(row.tone, 'bg'),
          'stroke-width': 1.5,
        }),
        layout.notes === false
          ? null
          : textLines(`${p.label.replace(pairWords(p), '') || p.label}：${valueWords(p)} · ${dateText(p)}`, { x: x0, y, size: size.note }),
      ),
    );
  });
  if (layout.notes === false) return out;
  if (partsShort(row)) out.push(textLines(t.chart.rest, { x: x0, y: nextNote(), size: size.note, tone: 'muted' }));
  for (const n of row.notes)
    out.push(mark(link(n), textLines(`${n.label}：${valueWords(n)} · ${dateText(n)}`, { x: x0, y: nextNote(), size: size.note })));
  return out;
}

/** True when the parts the report gives add up to less than the whole. */
function partsShort(row: BarRow): boolean {
  if (!row.bar || row.parts.length === 0) return false;
  return (sum(row.parts, amountOf) ?? 0) < amountOf(row.bar) * 0.999;
}

/** The entity names in a part's label, dropped in its note (the row already names them). */
function pairWords(r: ChartRecord): RegExp {
  const names = Object.values(r.entities)
    .filter(Boolean)
    .map((n) => n!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return names.length ? new RegExp(names.join('|'), 'g') : /$^/;
}
