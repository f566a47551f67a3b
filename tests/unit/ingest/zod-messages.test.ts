/** zod's built-in checks say what to write instead, and a schema's own message wins. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fixMessages } from '../../../src/ingest/zod-messages.ts';

const messages = (schema: z.ZodType, value: unknown) => {
  const r = schema.safeParse(value, { error: fixMessages });
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('fixMessages', () => {
  it('says a field is required and in what form', () => {
    expect(messages(z.object({ amount: z.number() }), {})).toEqual(['amount: this field is required: add it, as a number (no quotes, no unit)']);
  });

  it('tells the editor to drop the quotes around a number', () => {
    expect(messages(z.object({ amount: z.number() }), { amount: '29亿' })[0]).toMatch(/found the text "29亿": write the number without quotes/);
    expect(messages(z.string(), 5)[0]).toMatch(/expected text in double quotes, found the number 5: write text in double quotes here/);
  });

  it('lists the values allowed, and names unknown keys', () => {
    expect(messages(z.enum(['day', 'month']), 'week')[0]).toMatch(/found the text "week": write one of "day", "month"/);
    expect(messages(z.strictObject({ a: z.number() }), { a: 1, b: 2, c: 3 })[0]).toMatch(/unknown keys "b", "c": check the spelling/);
  });

  it('says what is too short, too long, too small or too big', () => {
    expect(messages(z.string().min(1), '')[0]).toMatch(/the text is empty/);
    expect(messages(z.array(z.string()).min(1), [])[0]).toMatch(/at least 1 item: add one/);
    expect(messages(z.string().max(3), 'abcd')[0]).toMatch(/longer than 3 characters/);
    expect(messages(z.number().min(0), -1)[0]).toMatch(/found the number -1: write a number of at least 0/);
  });

  it('asks for a full web address', () => {
    expect(messages(z.url(), 'example.com')[0]).toMatch(/starting with https:\/\//);
  });

  it('keeps a schema’s own message', () => {
    expect(messages(z.number({ error: 'own words' }), 'x')).toEqual([': own words']);
  });
});
