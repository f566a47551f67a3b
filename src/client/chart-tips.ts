/**
 * Tooltips for chart marks: shown on hover and on keyboard focus, hidden on Esc,
 * pointer leave or blur; marks are links, so Enter and click follow them without
 * any script. On touch the first tap on a mark shows its tooltip with a link to the
 * sentence, and a second tap on the same mark follows it. A tooltip goes beside,
 * above or below its mark, wherever it covers the least of the other labels and marks.
 * The link's words come from the frame (data-tip-link), so no UI strings ship in script.
 */
const GAP = 8;
interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}
const area = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.right, b.right) - Math.max(a.left, b.left)) * Math.max(0, Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top));

function place(tip: HTMLElement, mark: Element, frame: HTMLElement): void {
  const f = frame.getBoundingClientRect();
  const m = mark.getBoundingClientRect();
  const svg = mark.closest('svg');
  const d = svg?.getBoundingClientRect() ?? f;
  const [w, h] = [tip.offsetWidth, tip.offsetHeight];
  // Every label and value drawn that is not this mark's (in frame coordinates).
  const others = [...(svg?.querySelectorAll('text') ?? [])]
    .filter((el) => !mark.contains(el))
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ left: r.left - f.left, top: r.top - f.top, right: r.right - f.left, bottom: r.bottom - f.top }));
  const mid = { x: m.left - f.left + m.width / 2, y: m.top - f.top + m.height / 2 };
  const centred = Math.min(Math.max(0, mid.x - w / 2), f.width - w);
  // Beside, above and below the mark; then just outside the drawing, over no mark at all.
  const spots = [
    { left: m.right - f.left + GAP, top: mid.y - h / 2 },
    { left: m.left - f.left - GAP - w, top: mid.y - h / 2 },
    { left: centred, top: m.top - f.top - h - GAP },
    { left: centred, top: m.bottom - f.top + GAP },
    { left: centred, top: d.top - f.top - h - GAP },
    { left: centred, top: d.bottom - f.top + GAP },
  ];
  const covered = ({ left, top }: { left: number; top: number }) => {
    const box = { left, top, right: left + w, bottom: top + h };
    return others.reduce((sum, o) => sum + area(box, o), 0);
  };
  // Only spots the reader can see: inside the frame's width and the window's height.
  const seen = spots.filter(({ left, top }) => left >= 0 && left + w <= f.width && f.top + top >= 0 && f.top + top + h <= innerHeight);
  const free = seen.filter((s) => covered(s) === 0);
  const best = free[0] ?? (seen.length ? seen : spots).reduce((a, b) => (covered(b) < covered(a) ? b : a));
  tip.style.left = `${best.left}px`;
  tip.style.top = `${best.top}px`;
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
  /** The mark whose tooltip a tap opened: the next tap on it follows it. */
  let tapped: Element | null = null;
  let touch = false;
  const show = (mark: Element, withLink = false) => {
    active?.classList.remove('is-active');
    active = mark;
    mark.classList.add('is-active');
    tip.textContent = mark.getAttribute('data-tip');
    const href = mark.getAttribute('href');
    if (withLink && href) {
      const link = document.createElement('a');
      link.href = href;
      const target = mark.getAttribute('target');
      if (target) link.target = target;
      link.textContent = frame.dataset.tipLink ?? '';
      tip.append(link);
    }
    tip.classList.toggle('has-link', withLink && Boolean(href));
    tip.hidden = false;
    place(tip, mark, frame);
  };
  const hide = () => {
    active?.classList.remove('is-active');
    active = tapped = null;
    tip.hidden = true;
  };
  const markOf = (e: Event) => (e.target as Element | null)?.closest?.('.mark') ?? null;

  frame.addEventListener('pointerdown', (e) => {
    touch = e.pointerType !== 'mouse';
  });
  frame.addEventListener('pointerover', (e) => {
    const m = markOf(e);
    if (m && e.pointerType === 'mouse') show(m);
  });
  frame.addEventListener('pointerout', (e) => {
    const m = markOf(e);
    if (e.pointerType !== 'mouse' || !m || m === document.activeElement || m.contains(e.relatedTarget as Node)) return;
    hide();
  });
  frame.addEventListener('click', (e) => {
    const m = markOf(e);
    if (!m || !touch || m === tapped) return;
    e.preventDefault();
    show(m, true);
    tapped = m;
  });
  frame.addEventListener('focusin', (e) => {
    const m = markOf(e);
    if (m && m !== tapped) show(m);
  });
  frame.addEventListener('focusout', (e) => {
    // Focus moving into the tooltip (its link) keeps it open.
    if (!tip.contains((e as FocusEvent).relatedTarget as Node)) hide();
  });
  frame.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !tip.hidden) {
      e.preventDefault();
      hide();
    }
  });
  // A tap elsewhere closes a tapped tooltip.
  document.addEventListener('pointerdown', (e) => {
    if (tapped && !frame.contains(e.target as Node)) hide();
  });
}

export function enhanceCharts(): void {
  document.querySelectorAll<HTMLElement>('[data-chart]').forEach(enhance);
}
