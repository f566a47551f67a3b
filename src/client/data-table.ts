/**
 * Enhances the data page; without it every row is there in the dataset's order.
 * - Value and date headers become sort buttons (aria-sort, keyboard via <button>).
 *   Values sort within their unit; dates by the start of their interval; rows
 *   without an exact value or a date go last in both directions.
 * - /data/?chart=<id> shows only the rows that chart plots, with its notice
 *   (scrolled to when the address ends in #filter-<id>).
 */
export {};

type Dir = 1 | -1;

const num = (row: HTMLElement, key: string) => (row.dataset[key] === undefined ? NaN : Number(row.dataset[key]));
/** Rows without the key go last whatever the direction. */
const lastIfMissing = (a: number, b: number) => +isNaN(a) - +isNaN(b);

const compare: Record<string, (a: HTMLElement, b: HTMLElement, dir: Dir) => number> = {
  value: (a, b, dir) => {
    const [ua, ub] = [num(a, 'unit'), num(b, 'unit')];
    return lastIfMissing(ua, ub) || ua - ub || dir * (num(a, 'amount') - num(b, 'amount'));
  },
  date: (a, b, dir) => {
    const [sa, sb] = [num(a, 'start'), num(b, 'start')];
    return lastIfMissing(sa, sb) || dir * (sa - sb) || dir * (num(a, 'end') - num(b, 'end'));
  },
};

const announcer = document.getElementById('sort-status');

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) {
  const body = table.tBodies[0];
  const rows = [...body.rows];
  const heads = [...table.querySelectorAll<HTMLTableCellElement>('th[data-sort]')];
  for (const th of heads) {
    const key = th.dataset.sort!;
    // Values read largest first, dates earliest first.
    const first = key === 'value' ? 'descending' : 'ascending';
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
      const next = th.getAttribute('aria-sort') === first ? (first === 'ascending' ? 'descending' : 'ascending') : first;
      const dir: Dir = next === 'ascending' ? 1 : -1;
      for (const h of heads) h.removeAttribute('aria-sort');
      th.setAttribute('aria-sort', next);
      rows.sort((a, b) => compare[key](a, b, dir) || num(a, 'order') - num(b, 'order'));
      body.append(...rows);
      if (announcer) announcer.textContent = (dir > 0 ? th.dataset.asc : th.dataset.desc) ?? '';
    });
  }
  table.classList.add('is-sortable');
}

for (const el of document.querySelectorAll<HTMLElement>('[data-js-only]')) el.hidden = false;

const chart = new URLSearchParams(location.search).get('chart');
const notice = chart && document.querySelector<HTMLElement>(`[data-chart-notice="${CSS.escape(chart)}"]`);
if (chart && notice) {
  notice.hidden = false;
  document.body.classList.add('is-filtered');
  for (const row of document.querySelectorAll<HTMLElement>('tr[data-charts]')) row.hidden = !row.dataset.charts!.split(' ').includes(chart);
  for (const group of document.querySelectorAll<HTMLElement>('[data-group]')) group.hidden = !group.querySelector('tr[data-charts]:not([hidden])');
  // The notice was still hidden when the browser looked for #filter-<id>.
  if (location.hash === `#${notice.id}`) notice.scrollIntoView();
}
