import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { chartProblems } from '../../../src/ingest/chart-check.ts';
import { chartFileSchema } from '../../../src/schemas/chart-spec.ts';

const file = 'content/charts/ai-talent-war-2024-04.json';
const source = readFileSync(file, 'utf8');
const charts = chartFileSchema.parse(JSON.parse(source));
const records = JSON.parse(readFileSync('content/data/ai-talent-war-2024-04.json', 'utf8')).records;
const paragraphs = readFileSync('content/reports/ai-talent-war-2024-04.txt', 'utf8').split(/\n+/);

describe('chart checks at ingest', () => {
  it('find nothing wrong with the seed', () => {
    expect(chartProblems({ file, charts, records, paragraphs, source })).toEqual([]);
  });

  it('report every problem at once, one line each with file, line, JSON path, chart and fix', () => {
    const bad = structuredClone(charts);
    bad.charts[1].records.push('no-such-record');
    bad.charts[2].records.push('deepmind-stock-grants');
    bad.charts[3].options = { ...bad.charts[3].options, colour: 'red' };
    bad.charts[4].after = '不在报道里的话';
    const lines = chartProblems({ file, charts: bad, records, paragraphs, source });
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(
      /^content\/charts\/ai-talent-war-2024-04\.json:\d+: charts\[1\]\.records\[3\]: chart "engineer-pay": "no-such-record" is not a record.*Fix: /,
    );
    expect(lines[1]).toMatch(/charts\[2\]\.records\[6\]: chart "layoffs": .*Fix: use form "range"/);
    expect(lines[2]).toMatch(/charts\[3\]\.options\.colour: chart "big-tech-bets": unknown option "colour". Fix: use one of/);
    expect(lines[3]).toMatch(/charts\[4\]\.after: .*in no paragraph.*Fix: copy the words/);
  });
});
