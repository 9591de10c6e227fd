/**
 * The matrix island: sort rows by name or coverage score (the baseline stays first), group
 * them by region or legal family, show or hide column groups, and download exactly what is
 * shown as CSV. Without JavaScript the full matrix and the full CSV are there.
 */
import { toCsv } from '../lib/export.js';

/** Starts the matrix page island. */
export function startMatrix(doc: Document): void {
  const table = doc.querySelector<HTMLTableElement>('table[data-matrix]');
  const controls = doc.querySelector<HTMLElement>('[data-matrix-controls]');
  const tbody = table?.tBodies[0];
  if (!table || !controls || !tbody) return;
  controls.hidden = false;
  const rows = [...tbody.rows];
  const [baselineRow, ...others] = rows;
  const sort = controls.querySelector<HTMLSelectElement>('select[name="sort"]');
  const group = controls.querySelector<HTMLSelectElement>('select[name="group"]');
  const toggles = [...controls.querySelectorAll<HTMLInputElement>('input[name="columns"]')];
  const width = () => table.tHead?.rows[1]?.cells.length ?? 1;

  const arrange = () => {
    const by = sort?.value ?? 'name';
    const g = group?.value ?? '';
    const sorted = [...others].sort((a, b) =>
      by === 'score' ? Number(b.dataset.score) - Number(a.dataset.score) || (a.dataset.name ?? '').localeCompare(b.dataset.name ?? '', 'en') : (a.dataset.name ?? '').localeCompare(b.dataset.name ?? '', 'en'),
    );
    for (const r of tbody.querySelectorAll('tr.group-row')) r.remove();
    const out: HTMLTableRowElement[] = baselineRow ? [baselineRow] : [];
    if (g) {
      const key = g === 'region' ? 'regionLabel' : 'legalFamilyLabel';
      const groups = new Map<string, HTMLTableRowElement[]>();
      for (const r of sorted) groups.set(r.dataset[key] ?? '', [...(groups.get(r.dataset[key] ?? '') ?? []), r]);
      for (const [label, members] of [...groups].sort((a, b) => a[0].localeCompare(b[0], 'en'))) {
        const tr = doc.createElement('tr');
        tr.className = 'group-row';
        const th = doc.createElement('th');
        th.scope = 'rowgroup';
        th.colSpan = width();
        th.textContent = `${label} (${members.length})`;
        tr.append(th);
        out.push(tr, ...members);
      }
    } else out.push(...sorted);
    tbody.append(...out);
  };

  const showColumns = () => {
    const on = new Set(toggles.filter((t) => t.checked).map((t) => t.value));
    for (const cell of table.querySelectorAll<HTMLElement>('[data-group]')) cell.hidden = !on.has(cell.dataset.group ?? '');
  };

  sort?.addEventListener('input', arrange);
  group?.addEventListener('input', arrange);
  for (const t of toggles) t.addEventListener('input', showColumns);

  const slot = doc.querySelector('[data-matrix-csv-slot]');
  if (slot) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = 'action';
    button.textContent = 'Download what is shown (CSV)';
    button.addEventListener('click', () => {
      const head = [...(table.tHead?.rows[1]?.cells ?? [])].filter((c) => !c.hidden).map((c) => c.textContent?.trim() ?? '');
      const body = [...tbody.rows]
        .filter((r) => !r.classList.contains('group-row') && !r.hidden)
        .map((r) => [...r.cells].filter((c) => !c.hidden).map((c) => (c.querySelector('.visually-hidden')?.textContent ?? c.textContent ?? '').trim()));
      const url = URL.createObjectURL(new Blob([toCsv(head, body)], { type: 'text/csv;charset=utf-8' }));
      const a = doc.createElement('a');
      a.href = url;
      a.download = `matrix-${table.dataset.baseline ?? 'baseline'}-as-shown.csv`;
      doc.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    });
    slot.append(' · ', button);
  }
}
