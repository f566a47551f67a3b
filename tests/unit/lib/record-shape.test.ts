import { describe, expectTypeOf, it } from 'vitest';
import type { RecordShape } from '../../../src/lib/record-shape.ts';
import type { ChartRecord } from '../../../src/charts/record.ts';
import type { DraftRecord } from '../../../src/ingest/draft/types.ts';
import type { DataRecord } from '../../../src/schemas/record.ts';

// Type-level: checked by `astro check` (tsc) in npm test; vitest only runs the assertions' no-op bodies.
describe('the one record shape', () => {
  it('is what the dataset schema validates, so every dataset record reaches a chart form as it is', () => {
    expectTypeOf<DataRecord>().toExtend<RecordShape>();
    expectTypeOf<DataRecord>().toExtend<ChartRecord>();
  });

  it('is what a drafted record is, so a draft is a dataset record once an editor checks it', () => {
    expectTypeOf<DraftRecord>().toExtend<RecordShape>();
  });
});
