/** Editors' errors: one line per problem with the file, the place and the fix, all problems at once. */
import { afterEach, describe, expect, it } from 'vitest';
import { IngestError, editorMessage } from '../../../src/ingest/errors.ts';

describe('IngestError', () => {
  it('writes a problem as file:place: problem. Fix: fix.', () => {
    expect(IngestError.line('content/data/x.json', 'the quote is not in the report.', 'copy it from the report.', '3:9')).toBe(
      'content/data/x.json:3:9: the quote is not in the report. Fix: copy it from the report.',
    );
    expect(IngestError.line('a.txt', 'empty', 'write it')).toBe('a.txt: empty. Fix: write it.');
  });

  it('carries every problem of several errors, in order', () => {
    const all = IngestError.all([new IngestError(['a', 'b']), IngestError.at('f', 'c', 'd', 1)]);
    expect(all.problems).toEqual(['a', 'b', 'f:1: c. Fix: d.']);
    expect(all.message.split('\n')).toEqual(all.problems);
  });
});

describe('editorMessage', () => {
  const debug = process.env.DEBUG;
  afterEach(() => {
    if (debug === undefined) delete process.env.DEBUG;
    else process.env.DEBUG = debug;
  });

  it('gives the lines of an editor’s error without a stack trace, and nothing for other errors', () => {
    delete process.env.DEBUG;
    const e = new IngestError(['one', 'two']);
    expect(editorMessage(e)).toBe('one\ntwo');
    expect(editorMessage(new Error('crash'))).toBeUndefined();
    expect(editorMessage(null)).toBeUndefined();
  });

  it('knows an error by its name and problems, from another copy of the class too', () => {
    delete process.env.DEBUG;
    expect(editorMessage({ name: 'IngestError', problems: ['x'], message: 'x' })).toBe('x');
  });

  it('adds the stack trace when DEBUG is set', () => {
    process.env.DEBUG = '1';
    expect(editorMessage(new IngestError('x'))).toMatch(/^x\n.*IngestError/s);
  });
});
