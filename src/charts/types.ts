/** What every chart form takes and gives. */
import type { ChartRecord } from './record.ts';
import type { EntityTones } from './entity-tones.ts';
import type { SvgNode } from './svg.ts';

export interface ChartInput {
  /** The records the chart spec lists, in its order. */
  records: ChartRecord[];
  /** Link from each record id to the sentence that backs it (absent when no article cites it). */
  links: Record<string, string | undefined>;
  /** Site-wide company colours (src/charts/entity-tones.ts); without them marks use the form's tone. */
  tones?: EntityTones;
}

/** Font sizes in px; the drawing is set in CSS px and does not scale with its width. */
export interface TextSizes {
  label: number;
  value: number;
  note: number;
}

export interface Layout {
  /** Width of the drawing in px (the SVG viewBox width). */
  width: number;
  /** Narrow layouts put labels above bars instead of beside them. */
  narrow: boolean;
  /** Prefix for ids inside the SVG (gradients, patterns), unique per rendering. */
  idPrefix: string;
  /** Font sizes; defaults 14/13/12 (TEXT in labels.ts). */
  text?: TextSizes;
  /** Draw at most this many rows or marks (share cards: the few largest). */
  limit?: number;
  /** false: marks and their values only, without the note lines under them (share cards). */
  notes?: boolean;
  /** Where mark links open (`_top` inside embeds). */
  target?: '_top';
}

export interface ChartTable {
  columns: string[];
  rows: { record: string; cells: string[] }[];
}

/** A problem with a chart spec, at a JSON path inside the spec, whose message says the fix. */
export interface SpecProblem {
  path: (string | number)[];
  message: string;
}

export interface ChartForm<Options extends object, Model> {
  /** Options a spec may leave out. Frozen. */
  defaults: Readonly<Options>;
  /** Whether records and options suit the form: every problem, each with its fix (pure). */
  accepts(records: ChartRecord[], options?: Record<string, unknown>): SpecProblem[];
  /** Data -> what will be drawn (pure; assumes `accepts` found no problem). */
  model(input: ChartInput, options: Options): Model;
  /** Model + size -> SVG description. */
  draw(model: Model, layout: Layout): SvgNode;
  /** One or two sentences saying what the chart shows: largest, smallest, ratio. */
  summary(model: Model): string;
  /** Exactly the plotted values. */
  table(model: Model): ChartTable;
}
