/**
 * Share bar: the system share sheet where the browser has one, and the copy
 * buttons. Without JavaScript both stay hidden; the plain links and the QR code
 * still work.
 */
import { enhanceCopyButtons } from './copy-button.ts';

export function enhanceShare(): void {
  document.querySelectorAll<HTMLElement>('[data-share]').forEach((bar) => {
    const native = bar.querySelector<HTMLButtonElement>('.share-native');
    if (native && typeof navigator.share === 'function') {
      native.hidden = false;
      native.addEventListener('click', () => navigator.share({ title: bar.dataset.title, url: bar.dataset.share }).catch(() => undefined));
    }
  });
  enhanceCopyButtons();
}
