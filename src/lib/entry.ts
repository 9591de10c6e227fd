/**
 * Reads one entry file end to end: splits frontmatter and body, validates the
 * frontmatter, checks that the body runs no code, parses the clauses and checks that
 * body and frontmatter agree. Returns the entry, or every problem found.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import type { Root } from 'mdast';
import { checkAgreement } from './agreement.js';
import { parseClauses, type Clauses } from './clauses.js';
import { parseFrontmatter, splitFrontmatter } from './frontmatter.js';
import { checkMdxSafety } from './mdx-safety.js';
import type { Problem } from './problems.js';
import type { Frontmatter } from './schema.js';

/** A checked entry: its frontmatter facts, its slug and its parsed clauses. */
export type Entry = Frontmatter & {
  /** File name without extension; the entry's id in URLs and in the export. */
  readonly slug: string;
  readonly clauses: Clauses;
};

/** Result of reading one file. */
export interface EntryResult {
  readonly entry: Entry | null;
  readonly problems: Problem[];
}

const parser = unified().use(remarkParse).use(remarkMdx);

/** The slug of a content file path: its base name without `.mdx`. */
export function slugOfPath(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.mdx?$/, '');
}

/** The marker the scaffold puts where a contributor must write something. */
export const PLACEHOLDER = 'TODO';

/** Every line of a published (non-draft) entry that still holds a scaffold placeholder. */
function placeholders(file: string, source: string): Problem[] {
  return source.split('\n').flatMap((text, i) =>
    new RegExp(`\\b${PLACEHOLDER}\\b`).test(text)
      ? [{ file, line: i + 1, where: 'placeholder', expected: `the ${PLACEHOLDER} replaced by what the sources establish (or null), or "draft: true" while the entry is unfinished`, found: `"${text.trim().slice(0, 60)}"` }]
      : [],
  );
}

/**
 * Checks one entry file.
 * @param file path shown in messages (relative to the project root)
 * @param source the file's text
 */
export function readEntry(file: string, source: string): EntryResult {
  const split = splitFrontmatter(source);
  if (!split) {
    return {
      entry: null,
      problems: [{ file, line: 1, where: 'frontmatter', expected: 'the file to start with a "---" line, the YAML fields, and a closing "---" line', found: `"${source.split('\n')[0]?.slice(0, 40) ?? ''}"` }],
    };
  }
  const slug = slugOfPath(file);
  const problems: Problem[] = [];
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    problems.push({ file, where: 'file name', expected: 'a slug of lower-case letters, digits and hyphens (e.g. korea-republic.mdx)', found: `"${slug}"` });
  }
  const fm = parseFrontmatter(file, split.yaml, split.yamlLine);
  problems.push(...fm.problems);

  const lineOffset = split.bodyLine - 1;
  let tree: Root;
  try {
    tree = parser.parse(split.body);
  } catch (error) {
    const e = error as { line?: number; reason?: string; message?: string };
    problems.push({
      file,
      line: e.line ? e.line + lineOffset : split.bodyLine,
      where: 'body',
      expected: 'valid MDX (write "\\{" and "\\<" for a literal brace or angle bracket)',
      found: `a syntax error: ${(e.reason ?? e.message ?? String(error)).split('\n')[0]}`,
    });
    return { entry: null, problems };
  }
  problems.push(...checkMdxSafety(tree, file, lineOffset));
  const parsed = parseClauses(tree, file, lineOffset);
  problems.push(...parsed.problems);

  if (fm.data && parsed.clauses) problems.push(...checkAgreement(file, fm.data, parsed.clauses, split.yamlLine));
  if (fm.data && !fm.data.draft) problems.push(...placeholders(file, source));
  if (problems.length || !fm.data || !parsed.clauses) return { entry: null, problems };
  return { entry: { slug, ...fm.data, clauses: parsed.clauses }, problems };
}
