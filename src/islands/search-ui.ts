/**
 * The search results UI, loaded on first use: fetches the index, runs queries with the
 * core's engine, and renders hits as links to the sub-clause anchors, with the matched
 * words highlighted. Every text is inserted as text; highlights are `<mark>` elements
 * built with the DOM, never HTML from the index.
 */
import { SearchEngine, type SearchHit } from '../lib/search-engine.js';
import type { SerializedIndex } from '../lib/search-index.js';
import { highlightRanges } from '../lib/search-text.js';
import type { EntryFilters } from '../lib/filters.js';
import type { Entry } from '../lib/entry.js';
import { CLAUSES, ELEMENT_GROUP_LABELS } from '../lib/vocabulary.js';
import { el } from './dom.js';

/** What the home island calls. */
export interface SearchUi {
  run(query: string): Promise<void>;
  focusResult(i: number): void;
}

const entryCache = new Map<string, Promise<Entry | null>>();

function loadEntry(base: string, slug: string): Promise<Entry | null> {
  let p = entryCache.get(slug);
  if (!p) {
    p = fetch(`${base}data/entries/${encodeURIComponent(slug)}.json`)
      .then((r) => (r.ok ? (r.json() as Promise<Entry>) : null))
      .catch(() => null);
    entryCache.set(slug, p);
  }
  return p;
}

/** Appends `text` to `parent` with the ranges marked. */
function appendMarked(parent: HTMLElement, text: string, terms: ReadonlySet<string>): void {
  const ranges = highlightRanges(text, terms);
  let at = 0;
  for (const r of ranges) {
    if (r.start > at) parent.append(text.slice(at, r.start));
    const mark = document.createElement('mark');
    mark.textContent = text.slice(r.start, r.end);
    parent.append(mark);
    at = r.end;
  }
  if (at < text.length) parent.append(text.slice(at));
}

/** A window of about `width` characters around the first highlight. */
function snippet(text: string, terms: ReadonlySet<string>, width = 220): string {
  if (text.length <= width) return text;
  const first = highlightRanges(text, terms)[0];
  const start = Math.max(0, (first?.start ?? 0) - 60);
  const cut = text.slice(start, start + width);
  return `${start > 0 ? '…' : ''}${cut}${start + width < text.length ? '…' : ''}`;
}

/** Creates the search UI; `filters` returns the active filters of the page. */
export async function createSearchUi(doc: Document, filters: () => EntryFilters): Promise<SearchUi> {
  const base = import.meta.env.BASE_URL;
  const panel = doc.querySelector<HTMLElement>('[data-search-panel]');
  const list = doc.querySelector<HTMLOListElement>('[data-search-results]');
  const status = doc.querySelector<HTMLElement>('[data-search-status]');
  const input = doc.querySelector<HTMLInputElement>('#q');
  if (!panel || !list || !status || !input) throw new Error('search markup missing');
  status.textContent = 'Loading the search index…';
  let engine: SearchEngine;
  try {
    const res = await fetch(`${base}data/search-index.json`);
    if (!res.ok) throw new Error(String(res.status));
    engine = new SearchEngine((await res.json()) as SerializedIndex);
    status.textContent = '';
  } catch (error) {
    panel.hidden = false;
    status.textContent = `The search index could not be loaded (${(error as Error).message}). The table below still lists every entry.`;
    return { run: async () => undefined, focusResult: () => undefined };
  }

  let runId = 0;
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];
  wireResultKeys(list, input);

  const render = (hits: readonly SearchHit[], id: number) => {
    list.replaceChildren();
    for (const hit of hits) {
      const li = el('li', { className: 'search-hit' });
      const a = el('a');
      const title = el('span', { className: 'hit-title' });
      const meta = el('span', { className: 'hit-meta' });
      const text = el('span', { className: 'hit-snippet' });
      a.append(title, meta, text);
      li.append(a);
      list.append(li);
      const ref = hit.ref;
      if (ref.type === 'term') {
        a.href = `${base}about/#term-${ref.group}-${ref.id}`;
        appendMarked(title, `${ref.label} (${ref.fr})`, hit.terms);
        meta.textContent = `Vocabulary · ${ELEMENT_GROUP_LABELS[ref.group].en}`;
        continue;
      }
      const entry = hit.entry;
      if (!entry) continue;
      appendMarked(title, entry.name, hit.terms);
      if (ref.type === 'entry') {
        a.href = `${base}jurisdictions/${entry.slug}/`;
        meta.textContent = entry.kind === 'state' ? 'State' : 'Instrument';
      } else {
        a.href = `${base}jurisdictions/${entry.slug}/#${ref.anchor}`;
        meta.textContent = `${CLAUSES.find((c) => c.id === ref.clause)?.heading ?? ref.clause} › ${ref.label}`;
      }
      void loadEntry(base, entry.slug).then((full) => {
        if (!full || id !== runId) return;
        let body = '';
        if (ref.type === 'entry') body = [full.summary ?? '', ...full.instruments.map((i) => `${i.title} (${i.titleEn}): ${i.citation}`)].join(' ');
        else body = full.clauses[ref.clause].subclauses.find((s) => s.anchor === ref.anchor)?.text ?? '';
        appendMarked(text, snippet(body, hit.terms), hit.terms);
      });
    }
  };

  return {
    async run(query: string) {
      const id = ++runId;
      const q = query.trim();
      if (!q) {
        panel.hidden = true;
        list.replaceChildren();
        status.textContent = '';
        status.dataset.query = '';
        return;
      }
      panel.hidden = false;
      const result = engine.search(q, { filters: filters(), limit: 20 });
      render(result.hits, id);
      const concepts = result.concepts.length ? ` Read as: ${result.concepts.map((c) => `“${c.phrase}” → ${c.label}`).join('; ')}.` : '';
      status.textContent = result.total
        ? `${result.total} match${result.total === 1 ? '' : 'es'}${result.total > result.hits.length ? `, the best ${result.hits.length} shown` : ''}.${concepts}`
        : `Nothing matches every word of “${q.slice(0, 80)}” with the filters set.${concepts}`;
      status.dataset.query = q;
    },
    focusResult(i: number) {
      links()[i]?.focus();
    },
  };
}

/** Arrow keys move between result links; Escape goes back to the box. */
export function wireResultKeys(list: HTMLElement, input: HTMLInputElement): void {
  list.addEventListener('keydown', (ev) => {
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    const i = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (ev.key === 'ArrowDown') {
      ev.preventDefault();
      links[Math.min(links.length - 1, i + 1)]?.focus();
    } else if (ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (i <= 0) input.focus();
      else links[i - 1]?.focus();
    } else if (ev.key === 'Escape') {
      input.focus();
    }
  });
}
