/**
 * Renders a comparison to an HTML string, the same at build time (entry pages) and in the
 * browser (the compare island). Every text is escaped; nothing from the URL reaches this
 * module except entry slugs that were looked up among known entries.
 *
 * Marks do not rely on colour: inserted words are `<ins>` (underlined), deleted words
 * `<del>` (struck through), each with a visually hidden "inserted"/"deleted" cue for
 * screen readers; element cells carry a symbol and a word.
 */
import { REWORDED, alignEntries, type AlignedCell, type Comparable } from './align.js';
import { compareGroup, comparePenalties, compareConfiscation, compareRules, type ElementSource, type FactRow, type PenaltyBar, type Relation, type Status } from './elements.js';
import { PENALTY_ANCHOR, groupAnchor, summarise } from './compare-summary.js';
import { oldSide, similarity, type DiffPart } from './diff-text.js';
import { formatCeiling, formatRange } from './format.js';
import { escapeHtml as h } from './render-inline.js';
import { BASIS, CLAUSES, ELEMENT_GROUP_LABELS, type ClauseId, type ElementGroup } from './vocabulary.js';
import type { View } from './compare-params.js';
import type { Ceiling } from './schema.js';

/** What the renderer needs of each entry. */
export type RenderableEntry = Comparable & ElementSource & { readonly basis: string; readonly basisNote: string; readonly kind: string };

/** Options of {@link renderComparison}. */
export interface RenderOptions {
  /** Entries, the baseline first (2 to 4). */
  readonly entries: readonly RenderableEntry[];
  /** The sentence saying which baseline is used and why. */
  readonly baselineReason: string;
  readonly clause: ClauseId | 'all';
  readonly view: View;
  /** Site base path, e.g. `/`, for links to entry pages. */
  readonly base: string;
  /** Heading level of the comparison's section headings (2 on the compare page, 3 inside an entry page). */
  readonly headingLevel?: 2 | 3;
  /** Prefix for ids, so two comparisons on one page never share an id. */
  readonly idPrefix?: string;
}

const SYMBOL: Record<Status, string> = { present: '✔', absent: '✘', 'not-established': '?' };

function statusCell(status: Status, relation: Relation | null): string {
  const word = status === 'present' ? 'yes' : status === 'absent' ? 'no' : 'not established';
  if (relation === null) return `<td class="status-${status}">${SYMBOL[status]} ${word}</td>`;
  switch (relation) {
    case 'missing':
      return `<td class="status-absent rel-missing">✘ no <span class="rel">(gap)</span></td>`;
    case 'added':
      return `<td class="status-present rel-added">✚ yes <span class="rel">(added)</span></td>`;
    case 'baseline-not-established':
      return `<td class="status-${status}">${SYMBOL[status]} ${word} <span class="rel">(baseline not established)</span></td>`;
    default:
      return `<td class="status-${status}">${SYMBOL[status]} ${word}</td>`;
  }
}

function factCell(v: boolean | number | string | null): string {
  if (v === null) return `<td class="status-not-established">? not established</td>`;
  if (v === true) return `<td class="status-present">✔ yes</td>`;
  if (v === false) return `<td class="status-absent">✘ no</td>`;
  return `<td>${h(String(v))}</td>`;
}

/** Renders diff parts as inline HTML with accessible `<ins>`/`<del>` marks. */
export function renderDiffParts(parts: readonly DiffPart[]): string {
  return parts
    .map((p) =>
      p.added
        ? `<ins><span class="visually-hidden">[inserted: </span>${h(p.value)}<span class="visually-hidden">]</span></ins>`
        : p.removed
          ? `<del><span class="visually-hidden">[deleted: </span>${h(p.value)}<span class="visually-hidden">]</span></del>`
          : h(p.value),
    )
    .join('');
}

function textCell(cell: AlignedCell): string {
  const s = cell.subclause;
  const cite = s ? `<span class="cmp-cite">(${h(s.citation)})</span>` : '';
  const fallback =
    cell.diff && (cell.diff.mode === 'sentence' || cell.diff.mode === 'block')
      ? `<p class="cmp-fallback">Compared ${cell.diff.mode === 'sentence' ? 'sentence by sentence' : 'as whole blocks'}: the texts are too long or too different for a word-by-word comparison.</p>`
      : '';
  if (cell.status === 'baseline') return s ? `${h(cell.body ?? '')} ${cite}` : '<span class="cmp-none">no such sub-clause</span>';
  if (cell.status === 'absent') return '<span class="cmp-none">no such sub-clause</span>';
  if (cell.status === 'removed') return `<span class="cmp-none">no such sub-clause</span><del class="cmp-whole"><span class="visually-hidden">[deleted: </span>${h(cell.diff ? oldSide(cell.diff.parts) : '')}<span class="visually-hidden">]</span></del>`;
  if (cell.status === 'added') return `<span class="rel">(not in the baseline)</span> <ins class="cmp-whole"><span class="visually-hidden">[inserted: </span>${h(cell.body ?? '')}<span class="visually-hidden">]</span></ins> ${cite}`;
  if (cell.diff && (cell.diff.mode === 'reworded' || (cell.diff.mode === 'word' && similarity(cell.diff.parts) < REWORDED))) {
    return `<span class="rel cmp-reworded">Worded differently throughout; shown without marks.</span> ${h(cell.body ?? '')} ${cite}`;
  }
  return `${fallback}${cell.diff ? renderDiffParts(cell.diff.parts) : h(cell.body ?? '')} ${cite}`;
}

function basisBadge(basis: string): string {
  const b = BASIS.find((x) => x.id === basis);
  return `<span class="badge basis-${h(basis)}" title="${h(b ? `Basis: ${b.description}` : basis)}">${h(b?.en ?? basis)}</span>`;
}

function entryHeaders(entries: readonly RenderableEntry[], base: string): string {
  return entries
    .map(
      (e, i) =>
        `<th scope="col"><a href="${h(`${base}jurisdictions/${e.slug}/`)}">${h(e.name)}</a>${i === 0 ? ' <span class="cmp-baseline-tag">baseline</span>' : ''}<br>${basisBadge(e.basis)}</th>`,
    )
    .join('');
}

function ceilingX(c: Ceiling | null | undefined, scale: number): number | null {
  if (c === null || c === undefined) return null;
  return typeof c === 'number' ? Math.min(1, c / scale) : 1;
}

function penaltySvg(bars: readonly PenaltyBar[], scaleYears: number, titleId: string): string {
  const left = 160;
  const width = 600;
  const rowH = 46;
  const height = bars.length * rowH + 40;
  const x = (f: number) => left + f * width;
  const ticks: string[] = [];
  for (let y = 0; y <= scaleYears; y += 5) {
    ticks.push(`<line x1="${x(y / scaleYears)}" y1="10" x2="${x(y / scaleYears)}" y2="${height - 24}" class="tick"/><text x="${x(y / scaleYears)}" y="${height - 8}" text-anchor="middle" class="tick-label">${y}</text>`);
  }
  const rows = bars
    .map((b, i) => {
      const y0 = 14 + i * rowH;
      const bar = (r: PenaltyBar['basic'], dy: number, cls: string, label: string) => {
        if (!r || r.maxYears === null) return `<text x="${left + 4}" y="${y0 + dy + 11}" class="bar-label">${label}: not established</text>`;
        const x0 = x(Math.min(1, (r.minYears ?? 0) / scaleYears));
        const x1 = x(ceilingX(r.maxYears, scaleYears) ?? 0);
        const w = Math.max(2, x1 - x0);
        const end = typeof r.maxYears === 'number' ? '' : `<text x="${x1 - 4}" y="${y0 + dy + 11}" text-anchor="end" class="bar-end">${r.maxYears === 'life' ? 'LIFE' : 'DEATH'}</text>`;
        return `<rect x="${x0}" y="${y0 + dy}" width="${w}" height="14" class="${cls}"><title>${h(`${b.name}, ${label}: ${formatRange(r)}`)}</title></rect>${end}`;
      };
      return `<text x="${left - 8}" y="${y0 + 18}" text-anchor="end" class="bar-name">${h(b.name)}</text>${bar(b.basic, 0, 'bar-basic', 'basic')}${bar(b.aggravated, 18, 'bar-aggravated', 'aggravated')}`;
    })
    .join('');
  return `<svg class="penalty-chart" viewBox="0 0 ${left + width + 20} ${height}" role="img" aria-labelledby="${titleId}" xmlns="http://www.w3.org/2000/svg"><title id="${titleId}">Basic (solid) and aggravated (hatched) penalty ranges in years; the table beside gives the figures</title><defs><pattern id="${titleId}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" class="hatch-bg"/><line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern></defs>${ticks.join('')}${rows.replace(/class="bar-aggravated"/g, `class="bar-aggravated" fill="url(#${titleId}-hatch)"`)}</svg>`;
}

/** Renders a whole comparison (summary, elements, penalties, clause-by-clause text). */
export function renderComparison(o: RenderOptions): string {
  const { entries, base } = o;
  const [baseline] = entries;
  if (!baseline || entries.length < 2) return '<p>A comparison needs at least two entries.</p>';
  const hl = o.headingLevel ?? 2;
  const p = o.idPrefix ?? '';
  const H = (text: string, id: string) => `<h${hl} id="${p}${id}-h">${h(text)}</h${hl}>`;
  const H2 = (text: string) => `<h${hl + 1}>${h(text)}</h${hl + 1}>`;
  const out: string[] = [];

  out.push(`<p class="cmp-baseline" data-baseline="${h(baseline.slug)}">Baseline: <strong>${h(baseline.name)}</strong>. ${h(o.baselineReason)} Marks show how each other entry departs from it: <ins>inserted words</ins> and <del>deleted words</del>.</p>`);

  // Summary
  const summary = summarise(entries);
  out.push(`<section class="cmp-summary" aria-labelledby="${p}cmp-summary-h">${H('Summary of differences', 'cmp-summary')}<ul>`);
  for (const s of summary) {
    out.push(`<li data-summary="${h(s.slug)}"><strong>${h(s.name)}</strong> ${s.statements.map((st) => `<a href="#${p}${st.anchor}">${h(st.text)}</a>`).join('; ')}.</li>`);
  }
  out.push('</ul></section>');

  // Elements
  out.push(`<section class="cmp-elements" aria-labelledby="${p}cmp-elements-h">${H('Elements: present, missing, not established', 'cmp-elements')}`);
  out.push('<p class="muted">✔ yes · ✘ no · ✚ added (not in the baseline) · (gap) the baseline has it, this entry does not · ? not established. A value the baseline does not establish is never counted as a gap.</p>');
  const groups: ElementGroup[] = ['acts', 'means', 'purposes', 'aggravatingCircumstances'];
  for (const g of groups) {
    const rows = compareGroup(entries, g);
    out.push(`<section class="table-wrap" id="${p}${groupAnchor(g)}" tabindex="0" aria-label="${h(ELEMENT_GROUP_LABELS[g].en)} compared"><table class="cmp-table" data-element-table="${g}"><caption>${h(ELEMENT_GROUP_LABELS[g].en)}</caption><thead><tr><th scope="col">Element</th>${entryHeaders(entries, base)}</tr></thead><tbody>`);
    if (!rows.length) out.push(`<tr><th scope="row" colspan="${entries.length + 1}" class="muted">No entry names any; or none is established.</th></tr>`);
    for (const r of rows) {
      out.push(`<tr data-element="${h(r.id)}"><th scope="row">${h(r.label)}</th>${r.statuses.map((s, i) => statusCell(s, i === 0 ? null : (r.relations[i] ?? null))).join('')}</tr>`);
    }
    out.push('</tbody></table></section>');
  }
  const facts = (caption: string, id: string, rows: FactRow[]) =>
    `<section class="table-wrap" id="${p}${id}" tabindex="0" aria-label="${h(caption)} compared"><table class="cmp-table"><caption>${h(caption)}</caption><thead><tr><th scope="col">Rule</th>${entryHeaders(entries, base)}</tr></thead><tbody>${rows.map((r) => `<tr><th scope="row">${h(r.label)}</th>${r.values.map(factCell).join('')}</tr>`).join('')}</tbody></table></section>`;
  out.push(facts('Child, means and consent rules', 'cmp-rules', compareRules(entries)));
  out.push(facts('Confiscation', 'cmp-confiscation-features', compareConfiscation(entries)));
  out.push('</section>');

  // Penalties
  const { bars, scaleYears } = comparePenalties(entries);
  out.push(`<section class="cmp-penalties" id="${p}${PENALTY_ANCHOR}" aria-labelledby="${p}cmp-penalties-h">${H('Penalties on one scale', 'cmp-penalties')}`);
  out.push(penaltySvg(bars, scaleYears, `${p}penalty-chart-title`));
  out.push(`<section class="table-wrap" tabindex="0" aria-label="Penalty ranges compared"><table class="cmp-table" data-penalty-table><caption>Penalty ranges (years)</caption><thead><tr><th scope="col">Entry</th><th scope="col">Basic offence</th><th scope="col">Aggravated offence</th><th scope="col">Highest penalty</th></tr></thead><tbody>`);
  for (const b of bars) out.push(`<tr><th scope="row">${h(b.name)}</th><td>${h(formatRange(b.basic))}</td><td>${h(formatRange(b.aggravated))}</td><td>${h(formatCeiling(b.maxTerm))}</td></tr>`);
  out.push('</tbody></table></section></section>');

  // Clause by clause
  const clauses = o.clause === 'all' ? CLAUSES.map((c) => c.id) : [o.clause];
  const aligned = alignEntries(entries, clauses);
  out.push(`<section class="cmp-text cmp-view-${o.view}" aria-labelledby="${p}cmp-text-h">${H('Clause by clause', 'cmp-text')}`);
  for (const c of aligned) {
    out.push(`<section class="cmp-clause" id="${p}cmp-clause-${c.id}">${H2(c.heading)}`);
    if (o.view === 'side') {
      out.push(`<section class="table-wrap" tabindex="0" aria-label="${h(c.heading)}, side by side"><table class="cmp-table cmp-side" data-clause="${c.id}"><thead><tr><th scope="col">Sub-clause</th>${entryHeaders(entries, base)}</tr></thead><tbody>`);
      for (const r of c.rows) out.push(`<tr id="${p}cmp-${r.anchor}" data-row="${r.anchor}"><th scope="row">${h(r.label)}</th>${r.cells.map((cell) => `<td data-status="${cell.status}">${textCell(cell)}</td>`).join('')}</tr>`);
      out.push('</tbody></table></section>');
    } else {
      for (const r of c.rows) {
        out.push(`<div class="cmp-inline-row" id="${p}cmp-${r.anchor}" data-row="${r.anchor}"><h${hl + 2} class="cmp-inline-label">${h(r.label)}</h${hl + 2}><dl>`);
        r.cells.forEach((cell, i) => out.push(`<dt>${h(entries[i]?.name ?? '')}${i === 0 ? ' (baseline)' : ''}</dt><dd data-status="${cell.status}">${textCell(cell)}</dd>`));
        out.push('</dl></div>');
      }
    }
    out.push('</section>');
  }
  out.push('</section>');
  return out.join('');
}

/** The comparison as shown, as CSV rows: one row per sub-clause × entry, plus element rows. */
export function comparisonRows(entries: readonly RenderableEntry[], clause: ClauseId | 'all'): { headers: string[]; rows: string[][] } {
  const headers = ['section', 'item', ...entries.map((e, i) => (i === 0 ? `${e.name} (baseline)` : e.name))];
  const rows: string[][] = [];
  for (const g of ['acts', 'means', 'purposes', 'aggravatingCircumstances'] as const) {
    for (const r of compareGroup(entries, g)) rows.push([ELEMENT_GROUP_LABELS[g].en, r.label, ...r.statuses.map((s, i) => (i === 0 ? s : `${s}${r.relations[i] === 'missing' ? ' (gap)' : r.relations[i] === 'added' ? ' (added)' : ''}`))]);
  }
  for (const r of compareRules(entries)) rows.push(['Rules', r.label, ...r.values.map((v) => (v === null ? 'not established' : String(v)))]);
  for (const r of compareConfiscation(entries)) rows.push(['Confiscation', r.label, ...r.values.map((v) => (v === null ? 'not established' : String(v)))]);
  const { bars } = comparePenalties(entries);
  rows.push(['Penalties', 'Basic offence', ...bars.map((b) => formatRange(b.basic))]);
  rows.push(['Penalties', 'Aggravated offence', ...bars.map((b) => formatRange(b.aggravated))]);
  rows.push(['Penalties', 'Highest penalty', ...bars.map((b) => formatCeiling(b.maxTerm))]);
  const clauses = clause === 'all' ? CLAUSES.map((c) => c.id) : [clause];
  for (const c of alignEntries(entries, clauses)) {
    const heading = CLAUSES.find((x) => x.id === c.id)?.heading ?? c.id;
    for (const r of c.rows) rows.push([heading, r.label, ...r.cells.map((cell) => (cell.subclause ? cell.subclause.text : ''))]);
  }
  return { headers, rows };
}
