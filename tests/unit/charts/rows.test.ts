/** Rows of the row forms: labels and marks that never overlap, within the drawing, at any text size. */
import { describe, expect, it } from 'vitest';
import { rowsLayout, type RowSpec } from '../../../src/charts/rows.ts';
import { textWidth } from '../../../src/charts/text.ts';
import { TEXT, lineStep } from '../../../src/charts/labels.ts';
import { NARROW, WIDE } from './fixtures.ts';

const specs: RowSpec[] = [
  { label: '微软' },
  { label: '2023年AI公司购买GPU芯片的花费，一个很长的标签' },
  { label: '谷歌', bar: false },
  { label: '亚马逊', notes: 2 },
];

describe.each([
  ['wide', WIDE],
  ['narrow', NARROW],
  ['card', { ...WIDE, text: { label: 26, value: 24, note: 22 } }],
])('rowsLayout %s', (_, layout) => {
  const g = rowsLayout(specs, layout, { valueRoom: 80 });
  const size = layout.text ?? TEXT;

  it('keeps rows in order, each below the one before, inside top and bottom', () => {
    for (let i = 1; i < g.rows.length; i++) expect(g.rows[i].barY).toBeGreaterThan(g.rows[i - 1].noteY - size.note);
    expect(g.rows[0].labelY - size.label).toBeGreaterThanOrEqual(g.top - 1);
    const last = g.rows.at(-1)!;
    expect(g.bottom).toBeGreaterThanOrEqual(last.noteY + ((specs.at(-1)!.notes ?? 1) - 1) * lineStep(size.note));
  });

  it('wraps labels to the room they have, losing nothing', () => {
    const room = g.anchor === 'end' ? g.x0 - 16 : layout.width;
    g.rows.forEach((row, i) => {
      expect(row.label.join('')).toBe(specs[i].label.replace(/\s/g, ''));
      for (const line of row.label) expect(textWidth(line, size.label)).toBeLessThanOrEqual(room + 0.01);
    });
  });

  it('keeps room right of the value range for the value labels', () => {
    expect(g.x1).toBeLessThan(layout.width);
    expect(layout.width - g.x1).toBeGreaterThanOrEqual(80);
    expect(g.x1).toBeGreaterThan(g.x0);
  });
});

describe('rowsLayout places labels by width', () => {
  it('beside the marks when wide, above them when narrow', () => {
    const wide = rowsLayout(specs, WIDE, { valueRoom: 80 });
    const narrow = rowsLayout(specs, NARROW, { valueRoom: 80 });
    expect(wide.anchor).toBe('end');
    expect(wide.x0).toBeGreaterThan(0);
    expect(narrow.anchor).toBe('start');
    expect(narrow.x0).toBe(0);
    narrow.rows.forEach((row) => expect(row.labelY).toBeLessThan(row.barY));
  });

  it('makes a row without a mark shorter than one with a mark', () => {
    const g = rowsLayout([{ label: '甲' }, { label: '乙' }, { label: '丙', bar: false }, { label: '丁' }], NARROW, { valueRoom: 80 });
    const h = (i: number) => g.rows[i + 1].labelY - g.rows[i].labelY;
    expect(h(2)).toBeLessThan(h(0));
  });
});
