import { describe, expect, it, vi } from 'vitest';
import { handedOver, handOver, type ImageBatch } from '../../../src/og/handoff.ts';

describe('handOver', () => {
  it('leaves the batch where another copy of the module finds it', async () => {
    const batch: ImageBatch = { files: [{ file: 'og/index.png', cacheDir: '/tmp/x', key: 'k' }], drawn: Promise.resolve('drawn') };
    handOver(Promise.resolve(batch));
    // A second instance of the module (as Astro's bundle has) reads the same slot.
    vi.resetModules();
    const other = await import('../../../src/og/handoff.ts');
    expect(other.handedOver).not.toBe(handedOver);
    expect(await other.handedOver()).toBe(batch);
    expect(await handedOver()).toBe(batch);
  });
});
