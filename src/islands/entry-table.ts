/**
 * Progressive enhancement of the overview table: sortable columns (buttons in the
 * headers, `aria-sort` kept in step) and filters by name, kind, region, legal family,
 * basis, purpose covered, means rule, child age and highest penalty, with the same
 * logic as the search (`src/lib/filters.ts`). Filters start from the URL.
 */
import { matchesFilters, type EntryFilters } from '../lib/filters.js';
import type { IndexedEntry } from '../lib/search-index.js';
import { makeSortable } from './sortable.js';

/** The table's filters: the shared entry filters plus a name substring. */
export type TableFilters = EntryFilters & { name?: string };

/** Handle on the enhanced table. */
export interface EntryTable {
  /** The active filters. */
  filters(): TableFilters;
  /** Calls back after every filter change. */
  onChange(cb: () => void): void;
}

function factsOf(row: HTMLTableRowElement): IndexedEntry {
  const d = row.dataset;
  const child = d.child === 'unknown' || d.child === undefined ? null : Number(d.child);
  return {
    slug: d.slug ?? '',
    name: d.name ?? '',
    kind: d.kind === 'instrument' ? 'instrument' : 'state',
    region: d.region ?? '',
    legalFamily: d.legalFamily ?? '',
    basis: d.basis ?? '',
    purposes: (d.purposes ?? '').split(' ').filter(Boolean),
    meansRequiredForAdults: d.means === 'yes' ? true : d.means === 'no' ? false : null,
    childAge: child,
    maxTerm: null,
    titles: d.name ?? '',
  };
}

/** Wires sorting and filtering on the `[data-entry-table]` of `root`; returns a handle, or null. */
export function enhanceEntryTable(root: ParentNode): EntryTable | null {
  const table = root.querySelector<HTMLTableElement>('table[data-entry-table]');
  const tbody = table?.tBodies[0];
  if (!table || !tbody) return null;
  const rows = [...tbody.rows];

  makeSortable(table);

  const form = root.querySelector<HTMLElement>('[data-table-filters]');
  const count = root.querySelector<HTMLElement>('[data-table-count]');
  const listeners: (() => void)[] = [];
  if (!form) return { filters: () => ({}), onChange: () => undefined };
  form.hidden = false;
  const controls = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')];
  const params = new URLSearchParams(location.search);
  for (const c of controls) {
    const v = params.get(c.name);
    if (v === null) continue;
    if (c instanceof HTMLSelectElement) {
      if ([...c.options].some((o) => o.value === v)) c.value = v;
    } else c.value = v.slice(0, 100);
  }

  const filters = (): TableFilters => {
    const out: Record<string, string> = {};
    for (const c of controls) if (c.value.trim()) out[c.name] = c.value.trim();
    return out as TableFilters;
  };

  const apply = () => {
    const { name: nameFilter, penalty, ...rest } = filters();
    const name = (nameFilter ?? '').toLocaleLowerCase();
    let shown = 0;
    for (const row of rows) {
      const facts = factsOf(row);
      // The row carries the penalty bucket itself (its exact maximum is not needed here).
      const penaltyOk = !penalty || row.dataset.penalty === penalty;
      const ok = (!name || facts.name.toLocaleLowerCase().includes(name)) && matchesFilters(facts, rest) && penaltyOk;
      row.hidden = !ok;
      if (ok) shown++;
    }
    if (count) count.textContent = `${shown} of ${rows.length} entries shown`;
  };
  for (const c of controls) {
    c.addEventListener('input', () => {
      apply();
      for (const l of listeners) l();
    });
  }
  root.querySelector<HTMLButtonElement>('[data-clear-filters]')?.addEventListener('click', () => {
    for (const c of controls) c.value = '';
    apply();
    for (const l of listeners) l();
  });
  apply();
  return { filters, onChange: (cb) => listeners.push(cb) };
}
