/**
 * The home page island: sortable, filterable overview table, filters kept in the URL,
 * and the search box, whose engine and index load only on first use (focus, typing, or a
 * `?q=` in the address). Without JavaScript the table is complete and the filters hidden.
 */
import { enhanceEntryTable, type TableFilters } from './entry-table.js';
import type { SearchUi } from './search-ui.js';

const FILTER_KEYS = ['kind', 'region', 'legalFamily', 'basis', 'purpose', 'means', 'childAge', 'penalty'] as const;

/** Starts the home island. */
export function startHome(doc: Document): void {
  const table = enhanceEntryTable(doc);
  const input = doc.querySelector<HTMLInputElement>('#q');
  const form = doc.querySelector<HTMLFormElement>('[data-search-form]');
  if (!input || !form) return;

  let ui: Promise<SearchUi> | null = null;
  const loadUi = () => {
    ui ??= import('./search-ui.js').then((m) => m.createSearchUi(doc, () => table?.filters() ?? {}));
    return ui;
  };

  const params = new URLSearchParams(location.search);
  const q = (params.get('q') ?? '').slice(0, 200);
  if (q) input.value = q;

  const writeUrl = () => {
    const p = new URLSearchParams();
    if (input.value.trim()) p.set('q', input.value.trim());
    const f: TableFilters = table?.filters() ?? {};
    for (const k of FILTER_KEYS) if (f[k]) p.set(k, f[k] as string);
    if (f.name) p.set('name', f.name);
    const qs = p.toString();
    history.replaceState(null, '', `${location.pathname}${qs ? `?${qs}` : ''}`);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  const run = () => {
    writeUrl();
    void loadUi().then((s) => s.run(input.value));
  };
  input.addEventListener('focus', () => void loadUi(), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(run, 120);
  });
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    run();
  });
  table?.onChange(() => {
    writeUrl();
    if (input.value.trim()) void loadUi().then((s) => s.run(input.value));
  });

  doc.addEventListener('keydown', (ev) => {
    const target = ev.target as HTMLElement | null;
    const typing = target && (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName));
    if (ev.key === '/' && !typing && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
      ev.preventDefault();
      input.focus();
      input.select();
    }
  });
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      void loadUi().then((s) => s.focusResult(0));
    } else if (ev.key === 'Escape') {
      input.value = '';
      run();
    }
  });

  if (q) run();
}
