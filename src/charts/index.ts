/** The chart builders, by the chart type named in content/charts/<report>.json. */
import type { ChartType } from '../schemas/chart-spec.ts';
import type { ChartBuilder } from './types.ts';
import { investments } from './investments.ts';
import { timeline } from './timeline.ts';
import { salaries } from './salaries.ts';
import { layoffs } from './layoffs.ts';
import { compute } from './compute.ts';
import { concentration } from './concentration.ts';

// `unknown` models: each builder's model type stays private to it.
export const BUILDERS: Record<ChartType, ChartBuilder<any>> = { investments, timeline, salaries, layoffs, compute, concentration };
