/**
 * Tooltips for chart marks: shown on hover and on keyboard focus, hidden on Esc,
 * pointer leave or blur. Marks are links, so Enter and click follow them without
 * any script.
 */

function place(tip: HTMLElement, mark: Element, frame: HTMLElement): void {
  const m = mark.getBoundingClientRect();
  const f = frame.getBoundingClientRect();
  const left = Math.min(Math.max(0, m.left - f.left + m.width / 2 - tip.offsetWidth / 2), f.width - tip.offsetWidth);
  const above = m.top - f.top - tip.offsetHeight - 8;
  tip.style.left = `${left}px`;
  tip.style.top = `${above >= 0 ? above : m.bottom - f.top + 8}px`;
}

function enhance(figure: HTMLElement): void {
  const frame = figure.querySelector<HTMLElement>('.chart-frame');
  if (!frame || frame.querySelector('.chart-tip')) return;
  const tip = document.createElement('div');
  tip.className = 'chart-tip';
  tip.setAttribute('role', 'tooltip');
  tip.hidden = true;
  frame.append(tip);

  let active: Element | null = null;
  const show = (mark: Element) => {
    active?.classList.remove('is-active');
    active = mark;
    mark.classList.add('is-active');
    tip.textContent = mark.getAttribute('data-tip');
    tip.hidden = false;
    place(tip, mark, frame);
  };
  const hide = () => {
    active?.classList.remove('is-active');
    active = null;
    tip.hidden = true;
  };
  const markOf = (e: Event) => (e.target as Element | null)?.closest?.('.mark') ?? null;

  frame.addEventListener('pointerover', (e) => {
    const m = markOf(e);
    if (m) show(m);
  });
  frame.addEventListener('pointerout', (e) => {
    const m = markOf(e);
    if (m && m !== document.activeElement && !m.contains((e as PointerEvent).relatedTarget as Node)) hide();
  });
  frame.addEventListener('focusin', (e) => {
    const m = markOf(e);
    if (m) show(m);
  });
  frame.addEventListener('focusout', hide);
  frame.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !tip.hidden) {
      e.preventDefault();
      hide();
    }
  });
}

export function enhanceCharts(): void {
  document.querySelectorAll<HTMLElement>('[data-chart]').forEach(enhance);
}
