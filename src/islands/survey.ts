/** The survey matrix: sortable, filterable by reported measure and by name. Without JavaScript it is complete. */
import { makeSortable } from './sortable.js';

/** Starts the survey page island. */
export function startSurvey(doc: Document): void {
  const table = doc.querySelector<HTMLTableElement>('table[data-survey-matrix]');
  const form = doc.querySelector<HTMLElement>('[data-survey-filters]');
  const count = doc.querySelector<HTMLElement>('[data-survey-count]');
  if (!table || !form) return;
  makeSortable(table);
  form.hidden = false;
  const rows = [...(table.tBodies[0]?.rows ?? [])];
  const measure = form.querySelector<HTMLSelectElement>('select[name="measure"]');
  const name = form.querySelector<HTMLInputElement>('input[name="name"]');
  const apply = () => {
    const m = measure?.value ?? '';
    const n = (name?.value ?? '').trim().toLocaleLowerCase();
    let shown = 0;
    for (const row of rows) {
      const ok = (!m || (row.dataset.measures ?? '').split(' ').includes(m)) && (!n || (row.dataset.name ?? '').toLocaleLowerCase().includes(n));
      row.hidden = !ok;
      if (ok) shown++;
    }
    if (count) count.textContent = `${shown} of ${rows.length} States shown`;
  };
  measure?.addEventListener('input', apply);
  name?.addEventListener('input', apply);
  apply();
}
