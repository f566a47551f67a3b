/** The download files: CSV rows link to the sentences by absolute URL; the JSON validates as a dataset where it is published. */
import { describe, expect, it } from 'vitest';
import { byteLength, csvDownload, jsonDownload } from '../../../src/data/downloads.ts';
import type { Dataset } from '../../../src/schemas/dataset.ts';

const record = {
  id: 'r1',
  label: '微软投资',
  entities: {},
  value: { unit: 'USD', amount: 1 },
  date: {},
  quote: '微软投资1美元',
} as Dataset['records'][number];
const site = new URL('https://news.example.com');

describe('csvDownload', () => {
  it('links each record to its sentence by absolute URL, and leaves the cell empty without one', () => {
    const csv = csvDownload([record, { ...record, id: 'r2' }], (id) => (id === 'r1' ? '/a/#src-r1' : undefined), site);
    const [, row1, row2] = csv.split('\r\n');
    expect(row1.endsWith(',https://news.example.com/a/#src-r1')).toBe(true);
    expect(row2.endsWith(',')).toBe(true);
  });
});

describe('jsonDownload', () => {
  const dataset = {
    $schema: '../../public/data/schema/dataset.schema.json',
    report: 'r',
    tags: { t: '类' },
    records: [record],
    notFigures: [],
  } as Dataset;

  it('points $schema at the published schema instead of the editor’s relative path, and keeps the data', () => {
    const json = JSON.parse(jsonDownload(dataset, site));
    expect(json.$schema).toMatch(/^https:\/\/news\.example\.com\/.*data\/schema\/dataset\.schema\.json$/);
    expect(json).toMatchObject({ report: 'r', tags: { t: '类' }, records: [record], notFigures: [] });
  });

  it('leaves out tags when the dataset declares none, and ends with a newline', () => {
    const text = jsonDownload({ ...dataset, tags: undefined }, site);
    expect('tags' in JSON.parse(text)).toBe(false);
    expect(text.endsWith('}\n')).toBe(true);
  });
});

describe('byteLength', () => {
  it('counts UTF-8 bytes, as the page states a download’s size', () => {
    expect(byteLength('abc')).toBe(3);
    expect(byteLength('人才')).toBe(6);
  });
});
