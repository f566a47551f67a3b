/**
 * 巨头押注AI创企: one bar per investor → start-up, its length the amount the
 * report gives. Tranches stack inside the cumulative bar; a stake is a note on
 * its row; deals without an amount are rows of text, never empty bars.
 */
import { max, sum } from 'd3-array';
import type { DataRecord } from '../schemas/record.ts';
import type { ChartBuilder, ChartInput, ChartTable } from './types.ts';
import { el, frame, type SvgNode } from './svg.ts';
import { PALETTE, fill, haloText, stroke as strokeAttrs } from './palette.ts';
import { mark } from './mark.ts';
import { valueAxis, zeroBased } from './axis.ts';
import { LABEL_SIZE, NOTE_SIZE, VALUE_SIZE, rowsLayout } from './rows.ts';
import { dateText, sourceName, valueText } from './words.ts';
import { times } from './ratio.ts';
import { t } from '../i18n/strings.ts';

export interface InvestmentRow {
  label: string;
  total?: DataRecord;
  parts: DataRecord[];
  stake?: DataRecord;
  undisclosed?: DataRecord;
}

export interface InvestmentsModel {
  rows: InvestmentRow[];
  max: number;
  links: ChartInput['links'];
}

const amountOf = (r: DataRecord) => r.value?.amount ?? 0;
const pairOf = (r: DataRecord) => `${r.entities.investor ?? '?'} → ${r.entities.recipient ?? '?'}`;

export const investments: ChartBuilder<InvestmentsModel> = {
  model({ records, links }) {
    const rows = new Map<string, InvestmentRow>();
    const row = (r: DataRecord) => {
      const key = pairOf(r);
      if (!rows.has(key)) rows.set(key, { label: key, parts: [] });
      return rows.get(key)!;
    };
    const ids = new Set(records.map((r) => r.id));
    for (const r of records) {
      const v = r.value;
      if (!v || !r.entities.investor || !r.entities.recipient)
        throw new Error(`investments chart: record "${r.id}" needs a value, an investor and a recipient`);
      if (v.missing !== undefined) row(r).undisclosed = r;
      else if (v.unit === 'percent' && v.amount !== null) row(r).stake = r;
      else if (v.unit === 'USD' && v.amount !== null && r.partOf && ids.has(r.partOf)) continue;
      else if (v.unit === 'USD' && v.amount !== null) row(r).total = r;
      else throw new Error(`investments chart: cannot draw record "${r.id}" (${v.unit}, ${v.vague ? 'vague' : 'no amount'})`);
    }
    for (const r of records) {
      if (!r.partOf || !ids.has(r.partOf)) continue;
      const owner = [...rows.values()].find((x) => x.total?.id === r.partOf);
      if (!owner) throw new Error(`investments chart: "${r.id}" is part of "${r.partOf}", which is not an amount in this chart`);
      owner.parts.push(r);
    }
    const drawn = [...rows.values()];
    const withAmount = drawn.filter((x) => x.total).sort((a, b) => amountOf(b.total!) - amountOf(a.total!));
    const without = drawn.filter((x) => !x.total);
    return { rows: [...withAmount, ...without], max: max(withAmount, (x) => amountOf(x.total!)) ?? 0, links };
  },

  draw(model, layout) {
    const notes = (r: InvestmentRow) => r.parts.length + (r.parts.length && partsShort(r) ? 1 : 0) + (r.stake ? 1 : 0);
    const g = rowsLayout(
      model.rows.map((r) => ({ label: r.label, notes: notes(r), bar: Boolean(r.total) })),
      layout,
      layout.narrow ? 96 : 120,
    );
    const x = zeroBased(model.max, [g.x0, g.x1]);
    const link = (r: DataRecord) => ({ record: r, href: model.links[r.id] });
    const anchor = layout.narrow ? 'start' : 'end';

    const body: SvgNode[] = model.rows.map((row, i) => {
      const box = g.rows[i];
      const label = el(
        'text',
        { x: box.labelX, y: box.labelY, 'text-anchor': anchor, 'font-size': LABEL_SIZE, 'font-weight': 600, ...haloText('text') },
        box.label.map((line, j) => el('tspan', { x: box.labelX, dy: j ? 18 : undefined }, line)),
      );
      if (!row.total) {
        const r = row.undisclosed!;
        return el('g', {}, label, mark(link(r), el('text', { x: g.x0, y: box.barY + (layout.narrow ? 8 : box.barH / 2 + 5), 'font-size': VALUE_SIZE, 'font-style': 'italic', ...haloText('muted') }, `${t.chart.undisclosed}金额`)));
      }
      const total = row.total;
      const end = x(amountOf(total));
      let noteY = box.noteY;
      const nextNote = () => (noteY += 16) - 16;
      let cursor = 0;
      const segments = row.parts.map((p, j) => {
        const from = x(cursor);
        cursor += amountOf(p);
        const tone = j % 2 ? 'c2' : 'c1';
        const y = nextNote();
        return mark(
          link(p),
          el('rect', { x: from, y: box.barY, width: Math.max(1, x(cursor) - from), height: box.barH, ...fill(tone) }),
          el('rect', { x: g.x0, y: y - 9, width: 9, height: 9, ...fill(tone) }),
          el('text', { x: g.x0 + 14, y, 'font-size': NOTE_SIZE, ...haloText('text') }, `${p.label.replace(pairWords(p), '')}：${valueText(p)} · ${dateText(p)}`),
        );
      });
      const restY = partsShort(row) ? nextNote() : 0;
      const rest = restY
        ? el('g', {}, el('rect', { x: g.x0 + 0.75, y: restY - 8.25, width: 7.5, height: 7.5, class: 'f-c1 s-c1', fill: PALETTE.c1, 'fill-opacity': 0.3, stroke: PALETTE.c1, 'stroke-width': 1.5 }), el('text', { x: g.x0 + 14, y: restY, 'font-size': NOTE_SIZE, ...haloText('muted') }, t.chart.rest))
        : null;
      const stake = row.stake
        ? mark(link(row.stake), el('text', { x: g.x0, y: nextNote(), 'font-size': NOTE_SIZE, ...haloText('text') }, `${t.chart.stake(valueText(row.stake))} · ${dateText(row.stake)}`))
        : null;
      return el(
        'g',
        {},
        label,
        mark(
          link(total),
          // With tranches inside, the cumulative bar is a tint with an outline (the outline keeps 3:1 contrast).
          el('rect', { x: g.x0, y: box.barY, width: end - g.x0, height: box.barH, ...fill('c1'), 'fill-opacity': row.parts.length ? 0.3 : 1, ...(row.parts.length ? { ...strokeAttrs('c1'), 'stroke-width': 1.5 } : {}), class: row.parts.length ? 'f-c1 s-c1' : 'f-c1' }),
          el('text', { x: end + 6, y: box.barY + box.barH / 2 + 5, 'font-size': VALUE_SIZE, 'font-weight': 600, ...haloText('text') }, valueText(total)),
        ),
        ...segments,
        rest,
        stake,
      );
    });
    return frame(layout.width, g.bottom + 40, valueAxis(x, { top: g.top, bottom: g.bottom, unit: 'USD' }), ...body);
  },

  summary(model) {
    const drawn = model.rows.filter((r) => r.total).map((r) => r.total!);
    const largest = drawn[0];
    const smallest = drawn.at(-1)!;
    const undisclosed = model.rows.filter((r) => !r.total).length;
    const parts = [`金额最大的是${largest.label}，${valueText(largest)}`];
    if (smallest !== largest)
      parts.push(`约为金额最小的${smallest.label}（${valueText(smallest)}）的${times(amountOf(largest), amountOf(smallest))}倍`);
    const text = parts.join('，') + '。';
    return undisclosed ? `${text}另有${undisclosed}笔投资报道未披露金额。` : text;
  },

  table(model) {
    const rows: ChartTable['rows'] = [];
    for (const r of model.rows)
      for (const rec of [r.total, ...r.parts, r.stake, r.undisclosed].filter((x): x is DataRecord => Boolean(x)))
        rows.push({ record: rec.id, cells: [rec.label, valueText(rec), dateText(rec), sourceName(rec) ?? ''] });
    return { columns: [t.chart.item, t.chart.value, t.chart.when, t.chart.source], rows };
  },
};

/** True when the tranches the report gives add up to less than the cumulative amount. */
function partsShort(row: InvestmentRow): boolean {
  if (!row.total || row.parts.length === 0) return false;
  return (sum(row.parts, amountOf) ?? 0) < amountOf(row.total) * 0.999;
}

/** The investor and recipient words in a tranche's label, dropped in its note (the row already names them). */
function pairWords(r: DataRecord): RegExp {
  const names = [r.entities.investor, r.entities.recipient].filter(Boolean).map((n) => n!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(names.join('|'), 'g');
}
