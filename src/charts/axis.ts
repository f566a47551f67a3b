/** Value axes: zero-based, nice ticks, labelled in the unit's Chinese scale (亿美元, 万人, 兆瓦时). */
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { format } from 'd3-format';
import { el, frame, type Child, type SvgNode } from './svg.ts';
import { fill, stroke } from './palette.ts';
import { axisUnit, scaled } from '../lib/format.ts';
import { unit as unitOf } from '../lib/units.ts';

const trim = format('~r');

/** A zero-based linear scale whose domain ends at a nice value at or above the data. */
export function zeroBased(max: number, range: [number, number], ticks = 5): ScaleLinear<number, number> {
  if (!(max > 0)) throw new Error(`a value axis needs a positive maximum, got ${max}`);
  return scaleLinear().domain([0, max]).range(range).nice(ticks);
}

const isPercent = (unit: string) => ['percent', 'share'].includes(unitOf(unit).dimension);

/** The scale word and divisor the axis labels use (亿 = 1e8, 万 = 1e4). */
function scaleOf(max: number): { word: string; divisor: number } {
  const { scale } = scaled(max);
  return { word: scale, divisor: scale === '亿' ? 1e8 : scale === '万' ? 1e4 : 1 };
}

export interface AxisOptions {
  /** Top and bottom of the plot area (gridlines span it). */
  top: number;
  bottom: number;
  /** A unit id of the registry. */
  unit: string;
  size: number;
  ticks?: number;
}

/** Gridlines, tick labels under the plot and the unit as axis title (e.g. 单位：亿美元). */
export function valueAxis(x: ScaleLinear<number, number>, { top, bottom, unit, size, ticks = 5 }: AxisOptions): SvgNode {
  const max = x.domain()[1];
  const { divisor } = scaleOf(max);
  const tick = (v: number) =>
    unitOf(unit).dimension === 'share' ? `${trim(v * 100)}%` : unitOf(unit).dimension === 'percent' ? `${trim(v)}%` : trim(v / divisor);
  return el(
    'g',
    { class: 'axis', 'aria-hidden': 'true' },
    x
      .ticks(ticks)
      .map((v) =>
        el(
          'g',
          {},
          el('line', { x1: x(v), x2: x(v), y1: top, y2: bottom, ...stroke(v === 0 ? 'muted' : 'grid'), 'stroke-width': v === 0 ? 1.5 : 1 }),
          el('text', { x: x(v), y: bottom + size + 4, 'text-anchor': 'middle', 'font-size': size, ...fill('muted') }, tick(v)),
        ),
      ),
    isPercent(unit)
      ? null
      : el(
          'text',
          { x: x.range()[1], y: bottom + 2 * size + 8, 'text-anchor': 'end', 'font-size': size, ...fill('muted') },
          `单位：${axisUnit(max, unit)}`,
        ),
  );
}

/** A drawing of rows over a value axis: its width, the axis under the rows, and room below for the tick labels and the unit line. */
export function axisFrame(width: number, x: ScaleLinear<number, number>, axis: AxisOptions, ...body: Child[]): SvgNode {
  return frame(width, axis.bottom + 2 * axis.size + 16, valueAxis(x, axis), ...body);
}
