import { describe, expect, it } from 'vitest';
import { isId } from '../../../src/lib/ids.ts';

describe('isId', () => {
  it('takes kebab-case ASCII and nothing that would need escaping in a URL', () => {
    for (const ok of ['a', 'ai-talent-war-2024-04', 'msft-openai-stake', '404']) expect(isId(ok), ok).toBe(true);
    for (const bad of ['', 'A', 'a--b', '-a', 'a-', 'a_b', 'a b', '人才', 'a/b', 'a.b']) expect(isId(bad), bad).toBe(false);
  });
});
