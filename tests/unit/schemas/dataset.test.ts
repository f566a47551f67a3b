import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetSchemaFor } from '../../../src/schemas/dataset.ts';
import { findFigures, sameAmount } from '../../../src/lib/figures.ts';

describe('the seed dataset', () => {
  const report = readFileSync('content/reports/ai-talent-war-2024-04.txt', 'utf8');
  const json = JSON.parse(readFileSync('content/data/ai-talent-war-2024-04.json', 'utf8'));
  const dataset = datasetSchemaFor(report).parse(json);

  it('validates against the report', () => {
    expect(dataset.records.length).toBeGreaterThan(30);
  });

  it('has a record for every money and people figure of the report, found by value', () => {
    const figures = findFigures(report).filter(
      (f) => ['USD', 'CNY', 'people', 'percent', 'share', 'times'].includes(f.quantity?.unit ?? '') && f.quantity!.amount !== null,
    );
    for (const f of figures) {
      const q = f.quantity!;
      const hit = dataset.records.some(
        (r) =>
          r.quote.includes(f.text) && [r.value, r.equivalent].some((v) => v?.unit === q.unit && v.amount !== null && sameAmount(v.amount, q.amount!)),
      );
      expect(hit, `${f.text} has a record with that value`).toBe(true);
    }
  });

  it('records the figures the report names without a number as missing, never as zero', () => {
    const missing = dataset.records.filter((r) => r.value?.missing);
    expect(missing.map((r) => r.id).sort()).toEqual([
      'google-character-ai',
      'google-essential-ai',
      'google-layoffs-2024',
      'msft-layoffs-2024',
      'msft-mistral',
    ]);
    expect(dataset.records.every((r) => r.value?.amount !== 0)).toBe(true);
  });
});
