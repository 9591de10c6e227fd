/**
 * The clause parser: splits an entry's body (an mdast tree) into the four clauses of
 * DESIGN §3 and their labelled sub-clauses, keeping each sub-clause's article citation,
 * and reports every departure from the grammar as a {@link Problem}.
 */
import type { List, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { didYouMean, type Problem } from './problems.js';
import { renderInline } from './render-inline.js';
import { CLAUSES, SUBCLAUSE_LABELS, anchorOf, clauseByHeading, findSubclauseLabel, type ClauseId } from './vocabulary.js';

/** One labelled sub-clause, e.g. `- **Means:** threat, use of force (§ 104a(2) StGB).` */
export interface Subclause {
  /** The label as written, from the closed list. */
  readonly label: string;
  /** Anchor-safe key of the label, e.g. `basic-offence`. */
  readonly key: string;
  /** Page anchor, e.g. `penalties-basic-offence`. */
  readonly anchor: string;
  /** Plain text after the label, whitespace collapsed. */
  readonly text: string;
  /** The same text as safe inline HTML. */
  readonly html: string;
  /** The trailing bracketed citation, without brackets, e.g. `§ 104a(2) StGB`. */
  readonly citation: string;
  /** 1-based line in the file. */
  readonly line: number;
}

/** One of the four clauses. */
export interface Clause {
  readonly id: ClauseId;
  /** The heading as written, e.g. `Offence definition`. */
  readonly heading: string;
  readonly anchor: string;
  readonly subclauses: readonly Subclause[];
  /** The whole clause as plain text, one `Label: text` line per sub-clause. */
  readonly text: string;
}

/** The four clauses of an entry, by id. */
export type Clauses = Readonly<Record<ClauseId, Clause>>;

/** Result of parsing a body. */
export interface ClauseParse {
  /** The clauses, or `null` if any clause is missing or the grammar is broken. */
  readonly clauses: Clauses | null;
  readonly problems: Problem[];
}

const HEADINGS = CLAUSES.map((c) => c.heading);

/**
 * Returns the bracketed citation at the end of a text (a trailing full stop allowed),
 * with nested brackets balanced: `... (§ 232(1) StGB).` → `§ 232(1) StGB`.
 */
export function trailingCitation(text: string): string | null {
  const t = text.replace(/[\s.;]+$/u, '');
  if (!t.endsWith(')')) return null;
  let depth = 0;
  for (let i = t.length - 1; i >= 0; i--) {
    const c = t[i];
    if (c === ')') depth++;
    else if (c === '(') {
      depth--;
      if (depth === 0) {
        const inner = t.slice(i + 1, -1).trim();
        return inner.length ? inner : null;
      }
    }
  }
  return null;
}

function isMdxOrHtml(node: RootContent): boolean {
  return node.type === 'html' || node.type.startsWith('mdx');
}

/**
 * Parses the body of `file` into clauses.
 * @param tree the body parsed with remark-parse + remark-mdx
 * @param lineOffset lines before the body in the file, added to node lines
 */
export function parseClauses(tree: Root, file: string, lineOffset: number): ClauseParse {
  const problems: Problem[] = [];
  const lineOf = (node: { position?: { start: { line: number } } | undefined }) => (node.position ? node.position.start.line + lineOffset : undefined);
  const found = new Map<ClauseId, { heading: string; subclauses: Subclause[]; line: number | undefined }>();
  let current: ClauseId | null = null;
  let lastIndex = -1;
  let skipping = false; // inside a duplicated or unknown clause: its lists are not parsed again

  for (const node of tree.children) {
    if (isMdxOrHtml(node) || node.type === 'yaml' || node.type === 'definition') continue; // reported by mdx-safety
    if (node.type === 'heading') {
      const text = toString(node).trim();
      if (node.depth !== 2) {
        problems.push({
          file,
          line: lineOf(node),
          where: 'body',
          expected: `a clause heading of level 2 (## ${HEADINGS.join(', ## ')})`,
          found: `a level-${node.depth} heading "${text}"`,
        });
        continue;
      }
      const clause = clauseByHeading(text);
      if (!clause) {
        problems.push({ file, line: lineOf(node), where: 'body', expected: `one of the clauses ${HEADINGS.map((h) => `"${h}"`).join(', ')}${didYouMean(text, HEADINGS)}`, found: `an unknown clause "${text}"` });
        current = null;
        skipping = true;
        continue;
      }
      if (found.has(clause.id)) {
        problems.push({ file, line: lineOf(node), where: clause.heading, expected: 'each clause once', found: `"${clause.heading}" a second time (first at line ${found.get(clause.id)?.line ?? '?'})` });
        current = null;
        skipping = true;
        continue;
      }
      const index = CLAUSES.findIndex((c) => c.id === clause.id);
      if (index < lastIndex) {
        const after = CLAUSES[lastIndex]?.heading ?? '';
        problems.push({
          file,
          line: lineOf(node),
          where: clause.heading,
          expected: `the clauses in the order ${HEADINGS.map((h) => `"${h}"`).join(' → ')}`,
          found: `"${clause.heading}" after "${after}"`,
        });
      }
      lastIndex = Math.max(lastIndex, index);
      found.set(clause.id, { heading: clause.heading, subclauses: [], line: lineOf(node) });
      current = clause.id;
      skipping = false;
      continue;
    }
    if (skipping) continue;
    if (current === null) {
      problems.push({ file, line: lineOf(node), where: 'body', expected: `the first clause heading "## ${HEADINGS[0]}"`, found: `${describeNode(node)} before any clause` });
      continue;
    }
    const clause = found.get(current);
    if (!clause) continue;
    if (node.type === 'list' && !node.ordered) {
      parseList(node, current, clause.subclauses, file, lineOf, problems);
      continue;
    }
    problems.push({
      file,
      line: lineOf(node),
      where: clause.heading,
      expected: 'a bulleted list of labelled sub-clauses (- **Label:** text (citation))',
      found: describeNode(node),
    });
  }

  for (const c of CLAUSES) {
    const got = found.get(c.id);
    if (!got) {
      problems.push({ file, where: c.heading, expected: `the clause "## ${c.heading}" (all four clauses are required)`, found: 'no such heading' });
    } else if (got.subclauses.length === 0 && !problems.some((p) => p.where.startsWith(c.heading))) {
      problems.push({ file, line: got.line, where: c.heading, expected: 'at least one labelled sub-clause (use a Notes sub-clause to say what is not established)', found: 'an empty clause' });
    }
  }
  if (problems.length) return { clauses: null, problems };

  const clauses = Object.fromEntries(
    CLAUSES.map((c) => {
      const got = found.get(c.id);
      const subclauses = got?.subclauses ?? [];
      const clause: Clause = {
        id: c.id,
        heading: c.heading,
        anchor: anchorOf(c.id),
        subclauses,
        text: subclauses.map((s) => `${s.label}: ${s.text}`).join('\n'),
      };
      return [c.id, clause];
    }),
  ) as Record<ClauseId, Clause>;
  return { clauses, problems };
}

function describeNode(node: RootContent): string {
  switch (node.type) {
    case 'paragraph':
      return `a paragraph ("${excerpt(toString(node))}")`;
    case 'list':
      return 'a numbered list';
    case 'code':
      return 'a code block';
    case 'blockquote':
      return 'a block quote';
    case 'table':
      return 'a table';
    case 'thematicBreak':
      return 'a horizontal rule';
    default:
      return `a ${node.type} block`;
  }
}

function excerpt(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > 40 ? `${t.slice(0, 37)}...` : t;
}

function parseList(
  list: List,
  clause: ClauseId,
  into: Subclause[],
  file: string,
  lineOf: (n: { position?: { start: { line: number } } | undefined }) => number | undefined,
  problems: Problem[],
): void {
  const heading = CLAUSES.find((c) => c.id === clause)?.heading ?? clause;
  const allowed = SUBCLAUSE_LABELS[clause].map((s) => s.label);
  for (const item of list.children) {
    const line = lineOf(item) ?? 0;
    const para = item.children[0];
    const where = (label?: string) => (label ? `${heading} › ${label}` : heading);
    if (!para || para.type !== 'paragraph') {
      problems.push({ file, line, where: where(), expected: 'a sub-clause starting with its label in bold (- **Label:** text)', found: para ? describeNode(para as RootContent) : 'an empty list item' });
      continue;
    }
    const label = readLabel(para);
    if (!label) {
      problems.push({ file, line, where: where(), expected: `a sub-clause starting with its label in bold and a colon, one of ${allowed.map((l) => `"${l}"`).join(', ')}`, found: `"${excerpt(toString(para))}"` });
      continue;
    }
    if (!label.colon) {
      problems.push({ file, line, where: where(label.text), expected: 'a colon after the label (**Label:**)', found: `"**${label.text}**" without a colon` });
      continue;
    }
    const def = findSubclauseLabel(clause, label.text);
    if (!def) {
      problems.push({ file, line, where: where(), expected: `a sub-clause label of this clause: ${allowed.map((l) => `"${l}"`).join(', ')}${didYouMean(label.text, allowed)}`, found: `an unknown label "${label.text}"` });
      continue;
    }
    const first = into.find((s) => s.label === def.label);
    if (first) {
      problems.push({ file, line, where: where(def.label), expected: 'each sub-clause label once per clause', found: `"${def.label}" a second time (first at line ${first.line})` });
      continue;
    }
    if (item.children.length > 1) {
      problems.push({ file, line: lineOf(item.children[1] ?? item) ?? line, where: where(def.label), expected: 'one paragraph per sub-clause', found: describeNode(item.children[1] as RootContent) });
      continue;
    }
    const rest = label.rest;
    const text = toString({ type: 'paragraph', children: rest } as Paragraph).replace(/\s+/g, ' ').trim();
    if (!text) {
      problems.push({ file, line, where: where(def.label), expected: 'the sub-clause text after the label', found: 'an empty sub-clause' });
      continue;
    }
    const citation = trailingCitation(text);
    if (!citation) {
      problems.push({ file, line, where: where(def.label), expected: 'the article(s) cited in brackets at the end, e.g. (art. 3(a)) or (§ 232(1) StGB)', found: `"...${text.slice(-40)}"` });
      continue;
    }
    into.push({ label: def.label, key: def.key, anchor: anchorOf(clause, def.key), text, html: renderInline(trimLeading(rest)).trim(), citation, line });
  }
}

/** Reads the bold label at the start of a paragraph; `rest` is the content after it and its colon. */
function readLabel(para: Paragraph): { text: string; colon: boolean; rest: PhrasingContent[] } | null {
  const [first, ...others] = para.children;
  if (!first || first.type !== 'strong') return null;
  const raw = toString(first).trim();
  if (raw.endsWith(':')) return { text: raw.slice(0, -1).trim(), colon: true, rest: others };
  const next = others[0];
  if (next && next.type === 'text' && /^\s*:/.test(next.value)) {
    return { text: raw, colon: true, rest: [{ ...next, value: next.value.replace(/^\s*:/, '') }, ...others.slice(1)] };
  }
  return { text: raw, colon: false, rest: others };
}

function trimLeading(nodes: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = nodes;
  if (first && first.type === 'text') return [{ ...first, value: first.value.replace(/^\s+/, '') }, ...rest];
  return nodes;
}
