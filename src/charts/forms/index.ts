/** The chart forms, by the name a spec gives in `form` (content/charts/<report>.json). */
import type { ChartForm } from '../types.ts';
import { bars } from './bars.ts';
import { range } from './range.ts';
import { change } from './change.ts';
import { partWhole } from './part-whole.ts';
import { timeline } from './timeline.ts';
import { ratio } from './ratio.ts';
import type { FormName } from '../../schemas/chart-spec.ts';

// `any` models and options: each form's own types stay private to it.
export const FORMS: Record<FormName, ChartForm<any, any>> = { bars, range, change, 'part-whole': partWhole, timeline, ratio };
