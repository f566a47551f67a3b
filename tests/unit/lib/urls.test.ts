/** The addresses charts use to link to the data page and downloads (base "/" in tests). */
import { describe, expect, it } from 'vitest';
import { chartCsvUrl, chartDataUrl, dataPageUrl, datasetCsvUrl, datasetJsonUrl, schemaUrl } from '../../../src/lib/urls.ts';

describe('data URLs', () => {
  it('point at the page, a record’s row, a chart’s filtered view and the downloads', () => {
    expect(dataPageUrl()).toBe('/data/');
    expect(dataPageUrl('msft-openai-stake')).toBe('/data/#rec-msft-openai-stake');
    expect(chartDataUrl('engineer-pay')).toBe('/data/?chart=engineer-pay#filter-engineer-pay');
    expect(chartCsvUrl('engineer-pay')).toBe('/data/charts/engineer-pay.csv');
    expect(datasetCsvUrl('ai-talent-war-2024-04')).toBe('/data/ai-talent-war-2024-04.csv');
    expect(datasetJsonUrl('ai-talent-war-2024-04')).toBe('/data/ai-talent-war-2024-04.json');
    expect(schemaUrl('record')).toBe('/data/schema/record.schema.json');
  });
});
