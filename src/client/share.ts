/**
 * Share bar: the system share sheet where the browser has one, the copy
 * buttons, and the WeChat link opening the share poster in a dialog (long-press
 * the image to save it). Without JavaScript the share sheet and copy buttons
 * stay hidden, and the WeChat link opens the poster's PNG itself.
 */
import { enhanceCopyButtons } from './copy-button.ts';

function enhancePoster(bar: HTMLElement): void {
  const link = bar.querySelector<HTMLAnchorElement>('a[data-dialog]');
  const dialog = link && document.getElementById(link.dataset.dialog!);
  if (!link || !(dialog instanceof HTMLDialogElement) || typeof dialog.showModal !== 'function') return;
  link.setAttribute('aria-haspopup', 'dialog');
  link.addEventListener('click', (e) => {
    // A new tab or window still gets the PNG.
    if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    dialog.showModal();
  });
  dialog.querySelector('.poster-close')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog's box) closes it too.
  dialog.addEventListener('click', (e) => {
    const r = dialog.getBoundingClientRect();
    if (e.target === dialog && (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom)) dialog.close();
  });
}

export function enhanceShare(): void {
  document.querySelectorAll<HTMLElement>('[data-share]').forEach((bar) => {
    const native = bar.querySelector<HTMLButtonElement>('.share-native');
    if (native && typeof navigator.share === 'function') {
      native.hidden = false;
      native.addEventListener('click', () => navigator.share({ title: bar.dataset.title, url: bar.dataset.share }).catch(() => undefined));
    }
    enhancePoster(bar);
  });
  enhanceCopyButtons();
}
