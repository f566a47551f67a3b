import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { JSON_SCHEMAS, datasetJsonSchema, metaJsonSchema, recordJsonSchema, schemaText } from '../../../src/data/json-schema.ts';
import { reportMetaSchema } from '../../../src/schemas/report-meta.ts';
import { readdirSync } from 'node:fs';
import { datasetSchema } from '../../../src/schemas/dataset.ts';
import { recordSchema } from '../../../src/schemas/record.ts';

const json = JSON.parse(readFileSync('content/data/ai-talent-war-2024-04.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validRecord = ajv.compile(recordJsonSchema());
const validDataset = ajv.compile(datasetJsonSchema());
const record = (id: string) => structuredClone(json.records.find((r: { id: string }) => r.id === id));

/** Broken records: the JSON Schema must refuse each, as zod does. */
const BROKEN: [string, () => unknown][] = [
  ['a missing quote', () => ({ ...record('msft-layoffs-2023'), quote: undefined })],
  ['a stored kind (kinds are derived from the value)', () => ({ ...record('msft-layoffs-2023'), kind: 'rumour' })],
  ['an amount written as text', () => ({ ...record('msft-layoffs-2023'), value: { unit: 'people', amount: '1万' } })],
  ['an unknown field', () => ({ ...record('msft-layoffs-2023'), note: 'x' })],
  ['an unknown unit', () => ({ ...record('msft-layoffs-2023'), value: { unit: 'lightyears', amount: 1 } })],
  ['an amount of null without a reason (not 0, not nothing)', () => ({ ...record('google-layoffs-2024'), value: { unit: 'people', amount: null } })],
  ['an amount together with a missing reason', () => ({ ...record('google-layoffs-2024'), value: { unit: 'people', amount: 5, missing: 'x' } })],
  ['vague words together with an amount', () => ({ ...record('deepmind-stock-grants'), value: { unit: 'USD', amount: 1, vague: ['数十万'] } })],
  [
    'a vague word not written as the report would',
    () => ({ ...record('deepmind-stock-grants'), value: { unit: 'USD', amount: null, vague: ['很多'] } }),
  ],
  [
    'a change together with a value of its own',
    () => ({ ...record('msft-layoffs-2023'), change: { direction: 'up', by: { unit: 'times', amount: 1 } } }),
  ],
  ['an equivalent that is not money', () => ({ ...record('ml-ai-engineer-median-pay'), equivalent: { unit: 'people', amount: 1 } })],
  ['the old cny field (now equivalent)', () => ({ ...record('msft-layoffs-2023'), cny: { amount: 1 } })],
  ['a date both given and missing', () => ({ ...record('msft-layoffs-2023'), date: { value: '2023', precision: 'year', missing: 'x' } })],
  ['a date with neither', () => ({ ...record('msft-layoffs-2023'), date: {} })],
  ['a date that does not match its precision', () => ({ ...record('msft-layoffs-2023'), date: { value: '2023-04', precision: 'day' } })],
  ['month 13', () => ({ ...record('msft-layoffs-2023'), date: { value: '2023-13', precision: 'month' } })],
  ['a bad id', () => ({ ...record('msft-layoffs-2023'), id: 'Msft Layoffs' })],
];

describe('JSON Schema generated from the zod schemas', () => {
  it('is valid draft 2020-12 under ajv strict mode and accepts the seed dataset and each record', () => {
    expect(validDataset(json), JSON.stringify(validDataset.errors)).toBe(true);
    for (const r of json.records) expect(validRecord(r), `${r.id}: ${JSON.stringify(validRecord.errors)}`).toBe(true);
  });

  it.each(BROKEN)('rejects %s, as zod does', (_, make) => {
    const broken = make();
    expect(recordSchema.safeParse(broken).success, 'zod').toBe(false);
    expect(validRecord(broken), 'JSON Schema').toBe(false);
    expect(validDataset({ ...json, records: [...json.records.slice(1), broken] }), 'in a dataset').toBe(false);
  });

  it('accepts what zod accepts among the edge cases', () => {
    const ok = [
      { ...record('google-layoffs-2024') },
      { ...record('deepmind-stock-grants') },
      { ...record('ftc-inquiry') },
      { ...record('msft-mistral'), date: { missing: '没有日期' } },
    ];
    for (const r of ok) {
      expect(recordSchema.safeParse(r).success).toBe(true);
      expect(validRecord(r)).toBe(true);
    }
    expect(datasetSchema.safeParse({ report: 'x', records: [record('ftc-inquiry')] }).success).toBe(true);
    expect(validDataset({ report: 'x', records: [record('ftc-inquiry')] }), 'notFigures may be left out').toBe(true);
  });

  it('describes every field of a meta file, a rule about one field keeping the others', () => {
    const schema = metaJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(reportMetaSchema.shape).sort());
    expect(schema.required).toContain('publisher');
    // The meta file's url is a `uri` (zod's url()); editors' tools check the format, here its scheme is enough.
    const valid = new Ajv2020({ allErrors: true, strict: true, formats: { uri: /^https?:\/\// } }).compile(schema);
    for (const f of readdirSync('content/reports').filter((n) => n.endsWith('.meta.json'))) {
      const meta = JSON.parse(readFileSync(`content/reports/${f}`, 'utf8'));
      expect(valid(meta), `${f}: ${JSON.stringify(valid.errors)}`).toBe(true);
      const { publisher: _, ...noPublisher } = meta;
      expect(valid(noPublisher), `${f} without a publisher`).toBe(false);
      expect(valid({ ...meta, keepWhole: ['扎'] }), `${f} with a one-character name`).toBe(false);
    }
  });

  it('is what public/data/schema/ holds (run npm run schemas after changing src/schemas/)', () => {
    for (const [name, generate] of Object.entries(JSON_SCHEMAS))
      expect(readFileSync(`public/data/schema/${name}`, 'utf8'), `public/data/schema/${name} is stale: run npm run schemas`).toBe(
        schemaText(generate()),
      );
  });

  it('exists for every content file an editor writes: each JSON file under content/ points its $schema at one that validates it', () => {
    const files = readdirSync('content', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.json'))
      // Written by ingest, not by an editor.
      .filter((f) => !f.startsWith('articles/'));
    const types = new Set<string>();
    for (const f of files) {
      const file = join('content', f);
      const data = JSON.parse(readFileSync(file, 'utf8'));
      expect(data.$schema, `${file} has no $schema`).toBeTypeOf('string');
      const target = resolve(dirname(file), data.$schema);
      expect(target.startsWith(resolve('public/data/schema')), `${file}: $schema ${data.$schema}`).toBe(true);
      expect(existsSync(target), `${file}: ${data.$schema} does not exist`).toBe(true);
      const validate = new Ajv2020({ allErrors: true, strict: true, formats: { uri: /^https?:\/\// } }).compile(
        JSON.parse(readFileSync(target, 'utf8')),
      );
      expect(validate(data), `${file}: ${JSON.stringify(validate.errors)}`).toBe(true);
      types.add(data.$schema.split('/').pop());
    }
    // The record schema is referenced from within datasets; every other published schema has its content file.
    expect([...types].sort()).toEqual(
      Object.keys(JSON_SCHEMAS)
        .filter((n) => n !== 'record.schema.json')
        .sort(),
    );
  });

  it('is the file the dataset JSON points editors at', () => {
    expect(json.$schema).toBe('../../public/data/schema/dataset.schema.json');
  });
});
