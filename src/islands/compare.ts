/**
 * The compare island: reads the query string, fetches the entries it names, renders the
 * comparison with the core's renderer, and keeps the URL in step with a picker (add,
 * remove, reorder, switch baseline, clause, view) so any view can be shared by link and
 * back/forward work. Messages about the query are set as text, never as HTML.
 */
import { compareQuery, parseCompareQuery, MAX_COMPARED, type CompareRequest, type View } from '../lib/compare-params.js';
import { baselineReasonFor, type CompareIndex } from '../lib/compare-data.js';
import { comparisonRows, renderComparison, type RenderableEntry } from '../lib/compare-render.js';
import { toCsv } from '../lib/export.js';
import { CLAUSES, type ClauseId } from '../lib/vocabulary.js';
import { el } from './dom.js';

const cache = new Map<string, Promise<RenderableEntry>>();

function fetchEntry(base: string, slug: string): Promise<RenderableEntry> {
  let p = cache.get(slug);
  if (!p) {
    p = fetch(`${base}data/entries/${encodeURIComponent(slug)}.json`).then((r) => {
      if (!r.ok) throw new Error(`could not load “${slug}” (${r.status})`);
      return r.json() as Promise<RenderableEntry>;
    });
    p.catch(() => cache.delete(slug));
    cache.set(slug, p);
  }
  return p;
}

/** Starts the island on the compare page. */
export function startCompare(doc: Document): void {
  const indexEl = doc.getElementById('compare-index');
  const root = doc.querySelector<HTMLElement>('[data-compare-root]');
  const controls = doc.querySelector<HTMLElement>('[data-compare-controls]');
  const messages = doc.querySelector<HTMLElement>('[data-compare-messages]');
  if (!indexEl || !root || !controls || !messages) return;
  const index = JSON.parse(indexEl.textContent ?? '{}') as CompareIndex;
  const base = import.meta.env.BASE_URL;
  const nameOf = (slug: string) => index.entries.find((e) => e.slug === slug)?.name ?? slug;
  controls.hidden = false;

  let state: CompareRequest = parseCompareQuery(location.search, index.entries, index.defaultSelection);
  let shown: RenderableEntry[] = [];
  let renderId = 0;

  const setMessages = (list: readonly string[]) => {
    messages.replaceChildren(...list.map((m) => el('li', { textContent: m })));
  };

  const go = (next: Pick<CompareRequest, 'slugs' | 'clause' | 'view'>, push = true) => {
    state = { ...next, messages: [] };
    if (push) history.pushState(null, '', `${location.pathname}${compareQuery(state)}`);
    void render();
  };

  const render = async () => {
    const id = ++renderId;
    setMessages(state.messages);
    drawControls();
    const permalink = `${location.origin}${location.pathname}${compareQuery(state)}`;
    for (const p of doc.querySelectorAll<HTMLElement>('[data-permalink]')) p.textContent = permalink;
    doc.title = `${state.slugs.map(nameOf).join(' · ')} · Compare · Concordance`;
    root.setAttribute('aria-busy', 'true');
    try {
      const entries = await Promise.all(state.slugs.map((s) => fetchEntry(base, s)));
      if (id !== renderId) return;
      shown = entries;
      root.innerHTML = renderComparison({
        entries,
        baselineReason: baselineReasonFor(state.slugs[0] ?? '', index),
        clause: state.clause,
        view: state.view,
        base,
      });
      root.dataset.rendered = String(id);
      if (location.hash) {
        try {
          doc.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
        } catch {
          // A garbled fragment is ignored.
        }
      }
    } catch (error) {
      if (id !== renderId) return;
      setMessages([...state.messages, `The comparison could not be loaded: ${(error as Error).message}. Reload the page to try again.`]);
      root.dataset.rendered = String(id);
    } finally {
      if (id === renderId) root.setAttribute('aria-busy', 'false');
    }
  };

  const drawControls = () => {
    const slugs = [...state.slugs];
    const move = (from: number, to: number) => {
      const [s] = slugs.splice(from, 1);
      if (s) slugs.splice(to, 0, s);
      go({ ...state, slugs });
    };
    const list = el('ol', { className: 'picker-selected', dataset: { selected: '' } });
    slugs.forEach((slug, i) => {
      const name = nameOf(slug);
      const buttons = [
        el('button', { type: 'button', className: 'action', textContent: 'Make baseline', disabled: i === 0, ariaLabel: `Make baseline: ${name}`, onclick: () => move(i, 0) }),
        el('button', { type: 'button', className: 'action', textContent: 'Earlier', disabled: i === 0, ariaLabel: `Earlier: move ${name} one column left`, onclick: () => move(i, i - 1) }),
        el('button', { type: 'button', className: 'action', textContent: 'Later', disabled: i === slugs.length - 1, ariaLabel: `Later: move ${name} one column right`, onclick: () => move(i, i + 1) }),
        el('button', { type: 'button', className: 'action', textContent: 'Remove', disabled: slugs.length <= 2, ariaLabel: `Remove ${name}`, onclick: () => go({ ...state, slugs: slugs.filter((s) => s !== slug) }) }),
      ];
      list.append(el('li', { dataset: { slug } }, el('span', { className: 'picker-name', textContent: name }), i === 0 ? el('span', { className: 'cmp-baseline-tag', textContent: 'baseline' }) : '', ...buttons));
    });

    const addable = index.entries.filter((e) => !slugs.includes(e.slug));
    const addSelect = el('select', { id: 'cmp-add', disabled: slugs.length >= MAX_COMPARED || !addable.length });
    addSelect.append(...addable.map((e) => el('option', { value: e.slug, textContent: e.name })));
    const addButton = el('button', {
      type: 'button',
      className: 'action',
      textContent: 'Add',
      disabled: slugs.length >= MAX_COMPARED || !addable.length,
      onclick: () => addSelect.value && go({ ...state, slugs: [...slugs, addSelect.value] }),
    });
    const clauseSelect = el('select', { id: 'cmp-clause', onchange: () => go({ ...state, clause: clauseSelect.value as ClauseId | 'all' }) });
    clauseSelect.append(el('option', { value: 'all', textContent: 'All clauses' }), ...CLAUSES.map((c) => el('option', { value: c.id, textContent: c.heading })));
    clauseSelect.value = state.clause;
    const viewSelect = el('select', { id: 'cmp-view', onchange: () => go({ ...state, view: viewSelect.value as View }) });
    viewSelect.append(el('option', { value: 'side', textContent: 'Side by side' }), el('option', { value: 'inline', textContent: 'Stacked' }));
    viewSelect.value = state.view;
    const status = el('span', { className: 'muted', role: 'status' });
    const copy = el('button', {
      type: 'button',
      className: 'action',
      textContent: 'Copy link',
      onclick: async () => {
        const link = `${location.origin}${location.pathname}${compareQuery(state)}`;
        try {
          await navigator.clipboard.writeText(link);
          status.textContent = 'Link copied.';
        } catch {
          status.textContent = `Copy this link: ${link}`;
        }
      },
    });
    const csv = el('button', {
      type: 'button',
      className: 'action',
      textContent: 'Download CSV',
      onclick: () => {
        if (!shown.length) return;
        const { headers, rows } = comparisonRows(shown, state.clause);
        const url = URL.createObjectURL(new Blob([toCsv(headers, rows)], { type: 'text/csv;charset=utf-8' }));
        const a = el('a', { href: url, download: `concordance-${state.slugs.join('-')}.csv` });
        doc.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 1000);
      },
    });
    const print = el('button', { type: 'button', className: 'action', textContent: 'Print', onclick: () => window.print() });

    controls.replaceChildren(
      el('h2', { className: 'visually-hidden', textContent: 'Choose what to compare' }),
      list,
      el('div', { className: 'picker-row' },
        el('label', { htmlFor: 'cmp-add', textContent: 'Add an entry ' }), addSelect, addButton,
        el('label', { htmlFor: 'cmp-clause', textContent: 'Clause ' }), clauseSelect,
        el('label', { htmlFor: 'cmp-view', textContent: 'View ' }), viewSelect,
      ),
      el('div', { className: 'picker-row' }, copy, csv, print, status),
    );
  };

  window.addEventListener('popstate', () => {
    state = parseCompareQuery(location.search, index.entries, index.defaultSelection);
    void render();
  });
  // Normalise the address (e.g. a garbled query) without adding a history step.
  history.replaceState(null, '', `${location.pathname}${compareQuery(state)}${location.hash}`);
  void render();
}
