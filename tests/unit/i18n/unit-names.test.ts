/** Readers' names of the units, for the CSV's column documentation. */
import { describe, expect, it } from 'vitest';
import { UNIT_DOC, unitName } from '../../../src/i18n/unit-names.ts';
import { UNIT_IDS, unit } from '../../../src/lib/units.ts';

describe('unit names', () => {
  it('names every unit of the registry in Chinese, in registry order', () => {
    const at = UNIT_IDS.map((id) => UNIT_DOC.indexOf(`${id} ${unitName(id)}`));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect(at).toEqual([...at].sort((x, y) => x - y));
    for (const id of UNIT_IDS) expect(unitName(id), id).toMatch(/\p{Script=Han}|[A-Za-z/%]/u);
  });

  it('says what a bare suffix would not: CNY is 人民币元, percent explains 49 and 七成', () => {
    expect(unitName('CNY')).toBe('人民币元');
    expect(unitName('percent')).toMatch(/49 即 49%/);
    expect(unitName('share')).toMatch(/0到1/);
    expect(unitName('USD')).toBe(unit('USD').suffix);
  });
});
