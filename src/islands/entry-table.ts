/**
 * Progressive enhancement of the overview table: sortable columns (buttons in the
 * headers, `aria-sort` kept in step) and filters by name, kind, region, legal family
 * and basis. Without JavaScript the table is complete and the filters stay hidden.
 */

type SortDir = 'ascending' | 'descending';

const DATA_KEY: Record<string, string> = {
  name: 'name',
  kind: 'kind',
  region: 'region',
  legalFamily: 'legalFamily',
  maxTerm: 'maxTerm',
  childAge: 'childAge',
  coverage: 'coverage',
  basis: 'basis',
};

/** Wires sorting and filtering on the `[data-entry-table]` of `root`. */
export function enhanceEntryTable(root: ParentNode): void {
  const table = root.querySelector<HTMLTableElement>('table[data-entry-table]');
  const tbody = table?.tBodies[0];
  if (!table || !tbody) return;
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
      sortRows(tbody, rows, th.dataset.sortKey ?? 'name', th.dataset.sortType === 'number', dir);
    });
  }

  const form = root.querySelector<HTMLElement>('[data-table-filters]');
  const count = root.querySelector<HTMLElement>('[data-table-count]');
  if (!form) return;
  form.hidden = false;
  const controls = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')];
  const apply = () => {
    const values = Object.fromEntries(controls.map((c) => [c.name, c.value.trim().toLocaleLowerCase()]));
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const ok =
        (!values.q || (d.name ?? '').toLocaleLowerCase().includes(values.q)) &&
        (!values.kind || d.kind === values.kind) &&
        (!values.region || d.region === values.region) &&
        (!values.legalFamily || (d.legalFamily ?? '').toLowerCase() === values.legalFamily) &&
        (!values.basis || d.basis === values.basis);
      row.hidden = !ok;
      if (ok) shown++;
    }
    if (count) count.textContent = `${shown} of ${rows.length} entries shown`;
  };
  for (const c of controls) c.addEventListener('input', apply);
  apply();
}

function sortRows(tbody: HTMLTableSectionElement, rows: HTMLTableRowElement[], key: string, numeric: boolean, dir: SortDir): void {
  const field = DATA_KEY[key] ?? 'name';
  const value = (r: HTMLTableRowElement) => r.dataset[field] ?? '';
  const sign = dir === 'ascending' ? 1 : -1;
  const sorted = [...rows].sort((a, b) => {
    const c = numeric ? Number(value(a)) - Number(value(b)) : value(a).localeCompare(value(b), 'en');
    return c === 0 ? (a.dataset.name ?? '').localeCompare(b.dataset.name ?? '', 'en') : sign * c;
  });
  tbody.append(...sorted);
}
