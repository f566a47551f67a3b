/**
 * Buttons that copy a text (a link, an embed code): revealed only when script
 * runs, confirm in a live status next to them. Words come from data attributes
 * so UI strings stay in one place.
 */
export function enhanceCopyButtons(root: ParentNode = document): void {
  root.querySelectorAll<HTMLButtonElement>('button[data-copy]').forEach((button) => {
    if (button.dataset.ready) return;
    button.dataset.ready = '1';
    const status = document.getElementById(button.getAttribute('aria-controls') ?? '') ?? button.nextElementSibling;
    button.hidden = false;
    button.addEventListener('click', async () => {
      let ok = true;
      try {
        await navigator.clipboard.writeText(button.dataset.copy!);
      } catch {
        ok = false;
      }
      if (status) {
        status.textContent = (ok ? button.dataset.done : button.dataset.failed) ?? '';
        status.classList.toggle('is-error', !ok);
      }
    });
  });
}
