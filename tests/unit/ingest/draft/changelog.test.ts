import { describe, expect, it } from 'vitest';
import { firstChangelog } from '../../../../src/ingest/draft/changelog.ts';
import { changelogSchema } from '../../../../src/schemas/changelog.ts';

describe('the first changelog entry of a draft', () => {
  it('is a valid changelog naming the drafted version, dated the given day, telling readers it is a draft', () => {
    const log = firstChangelog('x-report', '2024-05-02', 'a1b2c3d4e5f6');
    expect(changelogSchema.parse(log)).toEqual(log);
    expect(log.changes).toEqual([{ date: '2024-05-02', version: 'a1b2c3d4e5f6', note: expect.stringContaining('起草工具') }]);
  });
});
