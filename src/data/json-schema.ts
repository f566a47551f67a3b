/**
 * JSON Schemas (draft 2020-12) of every content file that points editors at one
 * with "$schema" (dataset, record, charts, meta, changelog), generated from the
 * zod schemas with zod 4's toJSONSchema. zod cannot export its refinements, so
 * the structural ones are added here as JSON Schema rules (tests check that zod
 * and the JSON Schema accept and reject the same examples). What needs the
 * report's text (is the quote in it? does the number match?) or the whole
 * dataset (are the tags declared?) stays with the build.
 */
import { z } from 'zod';
import { chartFileSchema } from '../schemas/chart-spec.ts';
import { changeSchema as changelogEntrySchema, changelogSchema } from '../schemas/changelog.ts';
import { datasetSchema } from '../schemas/dataset.ts';
import { dateSchema } from '../schemas/date.ts';
import { recordSchema } from '../schemas/record.ts';
import { reportMetaSchema } from '../schemas/report-meta.ts';
import { siteConfigSchema } from '../schemas/site.ts';
import { hantExceptionsSchema } from '../schemas/hant-exceptions.ts';
import { quantitySchema, unitSchema } from '../schemas/value.ts';
import { UNIT_IDS, perUnits, unitsOf } from '../lib/units.ts';

type Json = Record<string, unknown>;

/** `required` with the property declared beside it, so strict validators (ajv strict) accept the rule. */
const has = (...keys: string[]): Json => ({ properties: Object.fromEntries(keys.map((k) => [k, true])), required: keys });

const CURRENCIES = unitsOf('currency').map((u) => u.id);
/** '<currency>/<unit>': the price units the registry resolves. */
const PRICE_PATTERN = `^(${CURRENCIES.join('|')})/(${perUnits()
  .map((u) => u.id)
  .join('|')})$`;

const UNIT_RULES: Json = { anyOf: [{ enum: [...UNIT_IDS] }, { pattern: PRICE_PATTERN }] };

/** Exactly one of: a number in amount, a range, vague words, or the reason it is missing. Never 0 for unknown. */
const QUANTITY_RULES: Json = {
  oneOf: [
    { properties: { amount: { type: 'number' } }, not: { anyOf: [has('range'), has('vague'), has('missing')] } },
    { properties: { amount: { type: 'null' }, range: true }, required: ['range'], not: { anyOf: [has('vague'), has('missing')] } },
    { properties: { amount: { type: 'null' }, vague: true }, required: ['vague'], not: { anyOf: [has('range'), has('missing')] } },
    { properties: { amount: { type: 'null' }, missing: true }, required: ['missing'], not: { anyOf: [has('range'), has('vague')] } },
  ],
  // A share is 0–1 (三分之一 = 0.333333); 49% is unit "percent".
  if: { properties: { unit: { const: 'share' } }, required: ['unit'] },
  then: { properties: { amount: { type: ['number', 'null'], maximum: 1 } } },
};

const DATE_FORMATS: Record<string, string> = {
  day: '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
  month: '^\\d{4}-(0[1-9]|1[0-2])$',
  quarter: '^\\d{4}-Q[1-4]$',
  year: '^\\d{4}$',
};

const precisionRules = (prefix: Json = {}) =>
  Object.entries(DATE_FORMATS).map(([precision, pattern]) => ({
    if: { properties: { precision: { const: precision } }, required: ['precision'], ...prefix },
    then: { properties: { value: { type: 'string', pattern } } },
  }));

/** A date is value + precision (written to match) or the reason it is missing. */
const DATE_RULES: Json = {
  oneOf: [
    { ...has('value', 'precision'), not: has('missing') },
    { ...has('missing'), not: { anyOf: [has('value'), has('precision')] } },
  ],
  allOf: precisionRules(),
};

/** A change record has no value of its own; an equivalent is money. */
const RECORD_RULES: Json = {
  allOf: [
    { if: has('change'), then: { properties: { value: { type: 'null' } } } },
    {
      properties: {
        equivalent: { type: 'object', properties: { unit: { anyOf: [{ enum: CURRENCIES }, { type: 'string', pattern: PRICE_PATTERN }] } } },
      },
    },
  ],
};

/** The meta file's publication date is written to match its precision. */
const META_RULES: Json = { properties: { published: { allOf: precisionRules() } } };

const RULES = new Map<unknown, Json>([
  [unitSchema, UNIT_RULES],
  [quantitySchema, QUANTITY_RULES],
  [dateSchema, DATE_RULES],
  [recordSchema, RECORD_RULES],
  [reportMetaSchema, META_RULES],
]);

/** Refinements that only check a string's form, as JSON Schema patterns. */
const PATTERNS = new Map<unknown, Json>([[changelogEntrySchema.shape.date, { pattern: DATE_FORMATS.day }]]);

/** Rules laid over a generated schema: `properties` merged one property at a time (a rule about one field keeps the others). */
function withRules(target: Json, rules: Json): Json {
  const { properties, ...rest } = rules as { properties?: Record<string, Json> };
  Object.assign(target, rest);
  if (properties) {
    const own = ((target as { properties?: Record<string, Json> }).properties ??= {});
    for (const [k, v] of Object.entries(properties)) own[k] = { ...(own[k] as object), ...(v as object) };
  }
  return target;
}

function generate(schema: z.ZodType, meta: Json): Json {
  const json = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    // Editors write the input side: defaulted fields (notFigures, notes) may be left out.
    io: 'input',
    override: (ctx) => withRules(withRules(ctx.jsonSchema as Json, RULES.get(ctx.zodSchema) ?? {}), PATTERNS.get(ctx.zodSchema) ?? {}),
  }) as Json;
  const { $schema, ...rest } = json;
  return { $schema, ...meta, ...rest };
}

/** One record of a dataset (an element of `records`). */
export const recordJsonSchema = () =>
  generate(recordSchema, {
    title: 'Dataset record',
    description:
      'One figure (a quantity or a change) or dated event of a news report, with the exact sentence it comes from. The site checks in addition that the quote is in the report and holds the record’s figure.',
  });

/** A dataset file: content/data/<slug>.json, and the JSON download /data/<slug>.json. */
export const datasetJsonSchema = () =>
  generate(datasetSchema, {
    title: 'Dataset of one report',
    description:
      'All figures of one news report (records), its topic tags, and the number-like text deliberately not treated as figures (notFigures).',
  });

/** content/charts/<slug>.json */
export const chartsJsonSchema = () =>
  generate(chartFileSchema, {
    title: 'Charts of one report',
    description: 'Which charts a report gets, in which visual form, what they plot and where they stand.',
  });

/** content/reports/<slug>.meta.json */
export const metaJsonSchema = () =>
  generate(reportMetaSchema, {
    title: 'Report meta',
    description: 'Where a report comes from: publisher, publication date at its precision, language.',
  });

/** content/changelog/<slug>.json */
export const changelogJsonSchema = () =>
  generate(changelogSchema, {
    title: 'Dataset changelog',
    description: 'The published versions of a report’s dataset, oldest first; the last entry names the current version.',
  });

/** content/site.json */
export const siteJsonSchema = () =>
  generate(siteConfigSchema, {
    title: 'Site identity',
    description: 'The site’s name and what it says about itself: masthead, titles, feed, cards, manifest, citations, search examples.',
  });

/** content/editions/zh-hant.json */
export const hantExceptionsJsonSchema = () =>
  generate(hantExceptionsSchema, {
    title: 'Traditional edition exceptions',
    description: 'What the Simplified-to-Traditional converter gets wrong on this site, the right form, and why.',
  });

/** File names under public/data/schema/ and their generators: one per content file type. */
export const JSON_SCHEMAS = {
  'record.schema.json': recordJsonSchema,
  'dataset.schema.json': datasetJsonSchema,
  'charts.schema.json': chartsJsonSchema,
  'meta.schema.json': metaJsonSchema,
  'changelog.schema.json': changelogJsonSchema,
  'site.schema.json': siteJsonSchema,
  'edition-exceptions.schema.json': hantExceptionsJsonSchema,
} as const;

/** The text written to disk: stable, two-space indented, final newline. */
export const schemaText = (schema: Json) => JSON.stringify(schema, null, 2) + '\n';
