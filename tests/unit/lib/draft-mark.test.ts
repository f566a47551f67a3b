/** The drafted mark tells records an editor has checked from those the tool wrote. */
import { describe, expect, it } from 'vitest';
import { draftHash, isEditorChecked } from '../../../src/lib/draft-mark.ts';

const record = { id: 'a', label: '裁员', entities: {}, value: { unit: 'people', amount: 300 }, date: { missing: '未给出' }, quote: '裁员300人' };

describe('drafted mark', () => {
  const marked = { ...record, drafted: draftHash(record) };

  it('is 12 hex digits that do not depend on key order', () => {
    expect(marked.drafted).toMatch(/^[0-9a-f]{12}$/);
    const reordered = {
      quote: record.quote,
      date: record.date,
      value: { amount: 300, unit: 'people' },
      entities: {},
      label: record.label,
      id: record.id,
    };
    expect(draftHash(reordered)).toBe(marked.drafted);
  });

  it('counts a record as unchecked until an editor edits it or removes the mark', () => {
    expect(isEditorChecked(marked)).toBe(false);
    expect(isEditorChecked({ ...marked, label: '工厂裁员' })).toBe(true);
    expect(isEditorChecked({ ...marked, value: { unit: 'people', amount: 3000 } })).toBe(true);
    expect(isEditorChecked(record)).toBe(true);
  });
});
