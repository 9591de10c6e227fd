/**
 * Content problems: one record per thing wrong with a content file, with the file, the
 * line where known, the field or clause, what was expected and what was found. The
 * build collects every problem of every file and fails once, listing them all.
 *
 * Modelled on Starlight's `utils/error-map.ts`: "**path**: expected …, found …".
 */
import Fuse from 'fuse.js/min-basic';

/** One thing wrong with one content file. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  readonly file: string;
  /** 1-based line in the file, where known. */
  readonly line?: number | undefined;
  /** The frontmatter field (`elements.purposes[2]`) or clause (`Penalties › Basic offence`). */
  readonly where: string;
  /** What the grammar or schema expects there. */
  readonly expected: string;
  /** What the file has instead. */
  readonly found: string;
}

/** Formats a problem as one readable line: `file:line — where: expected …; found ….` */
export function formatProblem(p: Problem): string {
  const at = p.line ? `${p.file}:${p.line}` : p.file;
  return `${at} — ${p.where}: expected ${p.expected}; found ${p.found}.`;
}

/** Formats every problem, grouped by nothing but their order, with a count header. */
export function formatProblems(problems: readonly Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const head = `Content check failed: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}.`;
  return [head, ...problems.map((p) => `  • ${formatProblem(p)}`)].join('\n');
}

/** An error carrying every problem found, thrown once by the content loader. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Describes a value found in a file for a message: `"abc"`, `42`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is missing)';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return typeof value;
}

/**
 * Up to `limit` candidates close to `word` (fuzzy, typo-tolerant), best first, for
 * "did you mean" hints. Returns an empty list when nothing is close.
 */
export function closeMatches(word: string, candidates: readonly string[], limit = 3): string[] {
  const fuse = new Fuse([...candidates], { includeScore: true, threshold: 0.45, ignoreLocation: true });
  return fuse
    .search(word)
    .slice(0, limit)
    .map((r) => r.item);
}

/** A " (did you mean …?)" suffix, or the empty string. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const close = closeMatches(word, candidates);
  return close.length ? ` (did you mean ${close.map((c) => `"${c}"`).join(' or ')}?)` : '';
}
