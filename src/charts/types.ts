/** What every chart builder takes and gives. */
import type { DataRecord } from '../schemas/record.ts';
import type { SvgNode } from './svg.ts';

export interface ChartInput {
  /** The records the chart spec lists, in its order. */
  records: DataRecord[];
  /** Link from each record id to the sentence that backs it (absent when no article cites it). */
  links: Record<string, string | undefined>;
}

export interface Layout {
  /** Width of the drawing in px (the SVG viewBox width). */
  width: number;
  /** Narrow layouts put labels above bars instead of beside them. */
  narrow: boolean;
  /** Prefix for ids inside the SVG (gradients, patterns), unique per rendering. */
  idPrefix: string;
}

export interface ChartTable {
  columns: string[];
  rows: { record: string; cells: string[] }[];
}

export interface ChartBuilder<Model> {
  /** Data -> what will be drawn (pure; throws when the records do not fit the chart). */
  model(input: ChartInput): Model;
  /** Model + size -> SVG description. */
  draw(model: Model, layout: Layout): SvgNode;
  /** One or two sentences saying what the chart shows: largest, smallest, ratio. */
  summary(model: Model): string;
  /** Exactly the plotted values. */
  table(model: Model): ChartTable;
}
