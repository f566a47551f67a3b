/** Value axes for bar charts: zero-based, nice ticks, labelled in the unit's Chinese scale. */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { format } from 'd3-format';
import { el, type SvgNode } from './svg.ts';
import { fill, stroke } from './palette.ts';
import { axisUnit, scaled } from '../lib/format.ts';
import type { Unit } from '../lib/cn-number.ts';

const trim = format('~r');

/** A zero-based linear scale whose domain ends at a nice value at or above the data. */
export function zeroBased(max: number, range: [number, number], ticks = 5): ScaleLinear<number, number> {
  if (!(max > 0)) throw new Error(`a bar chart needs a positive maximum, got ${max}`);
  return scaleLinear().domain([0, max]).range(range).nice(ticks);
}

/** The scale divisor the axis labels use (亿 = 1e8, 万 = 1e4). */
function divisor(max: number): number {
  const { scale } = scaled(max);
  return scale === '亿' ? 1e8 : scale === '万' ? 1e4 : 1;
}

export interface AxisOptions {
  /** Top and bottom of the plot area (gridlines span it). */
  top: number;
  bottom: number;
  unit: Unit;
  ticks?: number;
}

/** Gridlines, tick labels under the plot and the unit as axis title (e.g. 亿美元). */
export function valueAxis(x: ScaleLinear<number, number>, { top, bottom, unit, ticks = 5 }: AxisOptions): SvgNode {
  const max = x.domain()[1];
  const d = divisor(max);
  const values = x.ticks(ticks);
  return el(
    'g',
    { class: 'axis', 'aria-hidden': 'true' },
    values.map((v) =>
      el(
        'g',
        {},
        el('line', { x1: x(v), x2: x(v), y1: top, y2: bottom, ...stroke(v === 0 ? 'muted' : 'grid'), 'stroke-width': v === 0 ? 1.5 : 1 }),
        el('text', { x: x(v), y: bottom + 16, 'text-anchor': 'middle', 'font-size': 12, ...fill('muted') }, unit === 'percent' ? `${trim(v)}%` : trim(v / d)),
      ),
    ),
    el('text', { x: x.range()[1], y: bottom + 32, 'text-anchor': 'end', 'font-size': 12, ...fill('muted') }, `单位：${axisUnit(max, unit)}`),
  );
}
