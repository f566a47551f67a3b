/**
 * JSON Schemas (draft 2020-12) of a record and of a dataset file, generated
 * from the zod schemas with zod 4's toJSONSchema. zod cannot export its
 * refinements, so the structural ones are added here as JSON Schema rules
 * (tests check zod and the JSON Schema reject the same broken records). What
 * needs the report's text (is the quote in it? does the number match?) stays
 * with the build.
 */
import { z } from 'zod';
import { datasetSchema } from '../schemas/dataset.ts';
import { dateSchema } from '../schemas/date.ts';
import { recordSchema } from '../schemas/record.ts';
import { valueSchema } from '../schemas/value.ts';

type Json = Record<string, unknown>;

/** `required` with the property declared beside it, so strict validators (ajv strict) accept the rule. */
const has = (...keys: string[]): Json => ({ properties: Object.fromEntries(keys.map((k) => [k, true])), required: keys });

/** Exactly one of: a number in amount, vague words, or the reason it is missing. Never 0 for unknown. */
const VALUE_RULES: Json = {
  oneOf: [
    { properties: { amount: { type: 'number' } }, not: { anyOf: [has('vague'), has('missing')] } },
    { properties: { amount: { type: 'null' }, vague: true }, required: ['vague'], not: has('missing') },
    { properties: { amount: { type: 'null' }, missing: true }, required: ['missing'], not: has('vague') },
  ],
};

const DATE_FORMATS: Record<string, string> = {
  day: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
  month: '^\\d{4}-(0[1-9]|1[0-2])$',
  quarter: '^\\d{4}-Q[1-4]$',
  year: '^\\d{4}$',
};

/** A date is value + precision (written to match) or the reason it is missing. */
const DATE_RULES: Json = {
  oneOf: [
    { ...has('value', 'precision'), not: has('missing') },
    { ...has('missing'), not: { anyOf: [has('value'), has('precision')] } },
  ],
  allOf: Object.entries(DATE_FORMATS).map(([precision, pattern]) => ({
    if: { properties: { precision: { const: precision } }, required: ['precision'] },
    then: { properties: { value: { type: 'string', pattern } } },
  })),
};

/** Events have no figure, figures have a value; a CNY equivalent belongs to a USD figure. */
const RECORD_RULES: Json = {
  allOf: [
    {
      if: { properties: { kind: { const: 'event' } }, required: ['kind'] },
      then: { properties: { value: { type: 'null' } } },
      else: { properties: { value: { type: 'object' } } },
    },
    {
      if: has('cny'),
      then: { properties: { value: { type: 'object', properties: { unit: { const: 'USD' } }, required: ['unit'] } } },
    },
  ],
};

const RULES = new Map<unknown, Json>([
  [valueSchema, VALUE_RULES],
  [dateSchema, DATE_RULES],
  [recordSchema, RECORD_RULES],
]);

function generate(schema: z.ZodType, meta: Json): Json {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    // Editors write the input side: notFigures may be left out.
    io: 'input',
    override: (ctx) => Object.assign(ctx.jsonSchema, RULES.get(ctx.zodSchema) ?? {}),
  }) as Json;
  const { $schema, ...rest } = json;
  return { $schema, ...meta, ...rest };
}

/** One record of a dataset (an element of `records`). */
export const recordJsonSchema = () =>
  generate(recordSchema, {
    title: 'Dataset record',
    description:
      'One figure (or dated event) of a news report, with the exact sentence it comes from. The site checks in addition that the quote is in the report and that its number is the record’s.',
  });

/** A dataset file: content/data/<slug>.json, and the JSON download /data/<slug>.json. */
export const datasetJsonSchema = () =>
  generate(datasetSchema, {
    title: 'Dataset of one report',
    description: 'All figures of one news report (records) and the number-like text deliberately not treated as figures (notFigures).',
  });

/** File names under public/data/schema/ and their generators. */
export const JSON_SCHEMAS = {
  'record.schema.json': recordJsonSchema,
  'dataset.schema.json': datasetJsonSchema,
} as const;

/** The text written to disk: stable, two-space indented, final newline. */
export const schemaText = (schema: Json) => JSON.stringify(schema, null, 2) + '\n';
