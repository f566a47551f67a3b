/**
 * The A−/A+ buttons (src/components/TextSize.astro) and chart text at the reader's
 * size. The inline script in <head> has already applied the stored size before
 * the first paint; this steps it, stores it, announces it in the control's
 * status and disables a button at either end (aria-disabled, so focus stays).
 * Chart text grows with the scale in CSS as far as the screen allows: a label the
 * larger size would push off the screen is set at the largest size that fits,
 * never below its drawn size, measured again whenever a chart changes width.
 */
import { STORAGE, TEXT_SIZES, stepTextSize, textSizeOf } from '../lib/reader-prefs.ts';

const root = document.documentElement;
/** Gap kept between a chart label and the edge of the screen, in CSS px. */
const EDGE = 8;

function store(size: string): void {
  try {
    localStorage.setItem(STORAGE.textSize, size);
  } catch {
    // Storage off (private mode): the size holds for this page only.
  }
}

function sync(): void {
  const i = TEXT_SIZES.indexOf(textSizeOf(root.dataset.textSize));
  for (const b of document.querySelectorAll<HTMLElement>('[data-text-size-step]')) {
    const j = i + Number(b.dataset.textSizeStep);
    b.setAttribute('aria-disabled', String(j < 0 || j >= TEXT_SIZES.length));
  }
}

/** Fits the text of the drawings shown in one chart frame. */
function fit(frame: Element): void {
  const k = parseFloat(getComputedStyle(root).getPropertyValue('--text-scale')) || 1;
  for (const svg of frame.querySelectorAll('svg')) {
    const texts = [...svg.querySelectorAll('text')];
    for (const t of texts) t.style.removeProperty('font-size');
    const r = svg.getBoundingClientRect();
    const v = svg.viewBox.baseVal;
    if (k <= 1 || !r.width || !v?.width) continue;
    // The screen's usable width, in the drawing's units.
    const u = v.width / r.width;
    const lo = v.x - (r.left - EDGE) * u;
    const hi = v.x + v.width + (innerWidth - EDGE - r.right) * u;
    for (const t of texts) {
      const b = t.getBBox();
      const drawn = b.width / k;
      if (!drawn) continue;
      const anchor = getComputedStyle(t).textAnchor;
      const x = anchor === 'end' ? b.x + b.width : anchor === 'middle' ? b.x + b.width / 2 : b.x;
      const room = anchor === 'end' ? x - lo : anchor === 'middle' ? 2 * Math.min(x - lo, hi - x) : hi - x;
      const f = Math.max(1, Math.min(k, room / drawn));
      if (f < k) t.style.fontSize = `${(parseFloat(getComputedStyle(t).fontSize) / k) * f}px`;
    }
  }
}

const fitAll = () => document.querySelectorAll('.chart-frame').forEach(fit);

function set(size: string): void {
  root.dataset.textSize = textSizeOf(size);
  sync();
  fitAll();
}

export function enhanceTextSize(): void {
  for (const control of document.querySelectorAll<HTMLElement>('[data-text-size-labels]')) {
    if (control.dataset.ready) continue;
    control.dataset.ready = '';
    const labels: string[] = JSON.parse(control.dataset.textSizeLabels!);
    const status = control.querySelector('[role=status]');
    control.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLElement>('[data-text-size-step]');
      if (!button) return;
      const size = stepTextSize(root.dataset.textSize, Number(button.dataset.textSizeStep));
      set(size);
      store(size);
      if (status) status.textContent = labels[TEXT_SIZES.indexOf(size)];
    });
  }
  sync();
  // Another tab changed the size.
  addEventListener('storage', (e) => {
    if (e.key === STORAGE.textSize) set(e.newValue ?? '');
  });
  const frames = new ResizeObserver((entries) => entries.forEach((e) => fit(e.target)));
  document.querySelectorAll('.chart-frame').forEach((f) => frames.observe(f));
}
