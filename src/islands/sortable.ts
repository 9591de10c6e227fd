/**
 * Sortable tables: every `th[data-sort-key]` of the table gets a button that sorts the
 * body rows by `row.dataset[key]` (numerically when `data-sort-type="number"`), keeping
 * `aria-sort` in step. Ties keep the rows' `data-name` order.
 */
type SortDir = 'ascending' | 'descending';

/** Makes the headers of `table` sort its rows. */
export function makeSortable(table: HTMLTableElement): void {
  const tbody = table.tBodies[0];
  if (!tbody) return;
  const rows = [...tbody.rows];
  for (const th of table.querySelectorAll<HTMLTableCellElement>('th[data-sort-key]')) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.append(...th.childNodes);
    th.append(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      const dir: SortDir = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : 'ascending';
      for (const other of table.querySelectorAll('th[aria-sort]')) other.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', dir);
      const key = th.dataset.sortKey ?? 'name';
      const numeric = th.dataset.sortType === 'number';
      const value = (r: HTMLTableRowElement) => r.dataset[key] ?? '';
      const sign = dir === 'ascending' ? 1 : -1;
      const sorted = [...rows].sort((a, b) => {
        const c = numeric ? Number(value(a)) - Number(value(b)) : value(a).localeCompare(value(b), 'en');
        return c === 0 ? (a.dataset.name ?? '').localeCompare(b.dataset.name ?? '', 'en') : sign * c;
      });
      tbody.append(...sorted);
    });
  }
}
