/**
 * Messages for zod's built-in checks that say what to write, in place of its
 * defaults ("Invalid input: expected number, received string"). Schemas that
 * give their own message keep it: zod uses this map only where they do not.
 */
import type { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

const JSON_TYPE: Record<string, string> = {
  string: 'text in double quotes',
  number: 'a number (no quotes, no unit)',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list in [ ]',
  object: 'an object in { }',
  null: 'null',
};

function typeOf(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'string') return `the text ${JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)}`;
  if (typeof input === 'number') return `the number ${input}`;
  if (typeof input === 'object') return 'an object';
  return String(input);
}

const list = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

function fixFor(iss: Issue): string {
  switch (iss.code) {
    case 'invalid_type': {
      const want = JSON_TYPE[iss.expected] ?? iss.expected;
      if (iss.input === undefined) return `this field is required: add it, as ${want}`;
      if (iss.expected === 'number' && typeof iss.input === 'string' && /\d/.test(iss.input))
        return `expected ${want}, found ${typeOf(iss.input)}: write the number without quotes (29亿 is 2900000000)`;
      return `expected ${want}, found ${typeOf(iss.input)}: write ${want} here`;
    }
    case 'invalid_value':
      return iss.values.length === 1
        ? `found ${typeOf(iss.input)}: write ${list(iss.values)}`
        : `found ${typeOf(iss.input)}: write one of ${list(iss.values)}`;
    case 'unrecognized_keys':
      return `unknown key${iss.keys.length > 1 ? 's' : ''} ${list(iss.keys)}: check the spelling against the schema, or remove ${iss.keys.length > 1 ? 'them' : 'it'}`;
    case 'too_small':
      if (iss.origin === 'string')
        return Number(iss.minimum) <= 1
          ? 'the text is empty: write it, or leave the key out if it is optional'
          : `the text is too short: write at least ${iss.minimum} characters`;
      if (iss.origin === 'array')
        return `the list needs at least ${iss.minimum} item${Number(iss.minimum) === 1 ? '' : 's'}: add ${Number(iss.minimum) === 1 ? 'one' : 'them'}`;
      return `found ${typeOf(iss.input)}: write a number ${iss.inclusive ? 'of at least' : 'above'} ${iss.minimum}`;
    case 'too_big':
      if (iss.origin === 'string') return `the text is longer than ${iss.maximum} characters: shorten it`;
      if (iss.origin === 'array') return `the list has more than ${iss.maximum} items: remove some`;
      return `found ${typeOf(iss.input)}: write a number ${iss.inclusive ? 'of at most' : 'below'} ${iss.maximum}`;
    case 'invalid_format':
      if (iss.format === 'url') return `found ${typeOf(iss.input)}: write a full web address starting with https:// (or http://)`;
      if (iss.format === 'regex') return `found ${typeOf(iss.input)}: it must match ${iss.pattern}`;
      return `found ${typeOf(iss.input)}: write it as a valid ${iss.format}`;
    case 'not_multiple_of':
      return `write a multiple of ${iss.divisor}`;
    case 'invalid_union':
      return `found ${typeOf(iss.input)}, which fits none of the allowed shapes: compare it with the examples in the README`;
    case 'invalid_key':
      return 'a key here is not allowed: check its spelling';
    case 'invalid_element':
      return 'an item of this list is not allowed: check it';
    default:
      return 'the value does not fit the schema: compare it with the README';
  }
}

/** The per-parse error map: `schema.safeParse(value, { error: fixMessages })`. */
export const fixMessages = (iss: Issue): string => fixFor(iss);
