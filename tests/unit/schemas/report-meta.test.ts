import { describe, expect, it } from 'vitest';
import { reportMetaSchema } from '../../../src/schemas/report-meta.ts';

describe('report meta', () => {
  it('validates the date against its precision', () => {
    const ok = { publisher: '21世纪经济报道', published: { value: '2024-04', precision: 'month' }, language: 'zh-CN' };
    expect(reportMetaSchema.safeParse(ok).success).toBe(true);
    const bad = reportMetaSchema.safeParse({ ...ok, published: { value: '2024-04', precision: 'day' } });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].message).toMatch(/not a valid day; write it as YYYY-MM-DD/);
  });
});
