import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, parseJson } from '../../../src/lib/json-source.ts';

/** A 40-line dataset-like file with one bad token on line 37. */
function fileWith(bad: string): string {
  const lines = Array.from({ length: 40 }, (_, i) => `  "k${i}": ${i},`);
  lines[36] = `  "amount": ${bad},`;
  lines[39] = '  "last": 1';
  return `{\n${lines.join('\n')}\n}`;
}

const errorOf = (text: string) => {
  try {
    parseJson(text);
  } catch (e) {
    return e as JsonSyntaxError;
  }
  throw new Error('parsed');
};

describe('parseJson', () => {
  it.each(['NaN', 'True', 'undefined', '.5', 'Infinity'])('points at %s on its own line, not at the end of the file', (bad) => {
    const e = errorOf(fileWith(bad));
    expect(e).toBeInstanceOf(JsonSyntaxError);
    expect([e.line, e.column]).toEqual([38, 13]);
    expect(e.message).toContain(bad);
  });

  it('says what to write instead', () => {
    expect(errorOf('{"a": True}').fix).toMatch(/true in lowercase/);
    expect(errorOf('{"a": .5}').fix).toMatch(/0\.5/);
    expect(errorOf('{"a": 1,}').fix).toMatch(/trailing comma/);
    expect(errorOf("{'a': 1}").fix).toMatch(/double quotes/);
    expect(errorOf('{"a": 1 // note\n}').fix).toMatch(/no comments/);
  });
});
