/** What every form checks of a spec: its options, units the registry knows, one unit per axis. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formFor, mixedUnits, optionProblems, unknownUnitProblem } from '../../../../src/charts/forms/accepts.ts';
import { record } from '../fixtures.ts';

describe('optionProblems', () => {
  const schema = z.strictObject({ sort: z.enum(['value', 'date']).optional(), limit: z.number().optional() });

  it('accepts known options and none at all', () => {
    expect(optionProblems(schema, { sort: 'value' })).toEqual([]);
    expect(optionProblems(schema, undefined)).toEqual([]);
  });

  it('names an unknown option under "options" with the ones that exist', () => {
    const [p] = optionProblems(schema, { sortBy: 'value' });
    expect(p.path).toEqual(['options', 'sortBy']);
    expect(p.message).toMatch(/unknown option "sortBy"; use one of sort, limit/);
  });

  it('lists every problem at once, each at its place', () => {
    const problems = optionProblems(schema, { sort: 'size', limit: 'x', extra: 1 });
    expect(problems.map((p) => p.path.join('.')).sort()).toEqual(['options.extra', 'options.limit', 'options.sort']);
  });
});

describe('formFor', () => {
  const base = record('msft-openai-cumulative');

  it('sends changes, events and ranges to the form that draws them, plain amounts nowhere', () => {
    expect(formFor(base)).toBeUndefined();
    expect(formFor({ ...base, value: null, change: { direction: 'up', by: { unit: 'times', amount: 1 } } })).toBe('change');
    expect(formFor({ ...base, value: null })).toBe('timeline');
    expect(formFor({ ...base, value: { unit: 'months', amount: null, range: [6, 9] } })).toBe('range');
    expect(formFor({ ...base, value: { unit: 'USD', amount: null, vague: ['数十万', '几百万'] } })).toBe('range');
    expect(formFor({ ...base, value: { unit: 'USD', amount: null, vague: ['数百'] } })).toBeUndefined();
  });
});

describe('units', () => {
  const a = { ...record('msft-openai-cumulative'), id: 'a' };

  it('names a record with a unit the registry does not know, and where to find the units', () => {
    expect(unknownUnitProblem(a, 0)).toBeUndefined();
    const p = unknownUnitProblem({ ...a, value: { unit: 'USDollar', amount: 1 } }, 3);
    expect(p?.path).toEqual(['records', 3]);
    expect(p?.message).toMatch(/"a" has the unknown unit "USDollar"; use a unit id of src\/lib\/units\.ts/);
  });

  it('keeps one unit per axis: records in a minority unit are named with the axis unit and the fix', () => {
    const rs = [a, { ...a, id: 'b' }, { ...a, id: 'c', value: { unit: 'people', amount: 5 } }];
    const unit = (r: (typeof rs)[number]) => r.value?.unit;
    expect(mixedUnits(rs.slice(0, 2), unit, (r) => rs.indexOf(r))).toEqual([]);
    const problems = mixedUnits(rs, unit, (r) => rs.indexOf(r));
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toEqual(['records', 2]);
    expect(problems[0].message).toMatch(/"c" is in people but the axis is in USD \(a, b\)/);
  });
});
