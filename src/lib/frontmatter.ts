/**
 * Splits an entry file into its YAML frontmatter and its body, parses the YAML and
 * validates it against the schema, turning every YAML or zod failure into a
 * {@link Problem} with the line it points at.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { frontmatterSchema, type Frontmatter } from './schema.js';
import { describeValue, didYouMean, type Problem } from './problems.js';

/** The two parts of an entry file. */
export interface SplitFile {
  /** The YAML text between the `---` fences ('' if there is none). */
  readonly yaml: string;
  /** 1-based line of the file where the YAML text starts. */
  readonly yamlLine: number;
  /** The body after the closing fence. */
  readonly body: string;
  /** 1-based line of the file where the body starts. */
  readonly bodyLine: number;
}

const FENCE = /^---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Splits a file into frontmatter and body; `null` if the file has no frontmatter fence. */
export function splitFrontmatter(source: string): SplitFile | null {
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  const m = FENCE.exec(text);
  if (!m) return null;
  const yaml = m[1] ?? '';
  const consumed = m[0];
  return {
    yaml,
    yamlLine: 2,
    body: text.slice(consumed.length),
    bodyLine: consumed.split('\n').length - (consumed.endsWith('\n') ? 0 : 1),
  };
}

/** Known top-level and nested field names, for "did you mean" hints. */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let s: unknown = schema;
  for (const key of path) {
    s = unwrap(s);
    const shape = (s as { shape?: Record<string, unknown> }).shape;
    if (shape && typeof key === 'string' && key in shape) s = shape[key];
    else if (typeof key === 'number') s = (unwrap(s) as { element?: unknown }).element;
    else return [];
  }
  const last = unwrap(s) as { shape?: Record<string, unknown>; keyType?: { options?: readonly string[] } };
  if (last?.shape) return Object.keys(last.shape);
  return last?.keyType?.options ? [...last.keyType.options] : [];
}

function unwrap(s: unknown): unknown {
  let cur = s as { unwrap?: () => unknown; def?: { innerType?: unknown } } | undefined;
  for (let i = 0; i < 5 && cur; i++) {
    if (cur.def?.innerType) cur = cur.def.innerType as typeof cur;
    else break;
  }
  return cur;
}

/** Dotted display path: `elements.purposes[2]`. */
export function dottedPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((acc, key) => (typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key)), '');
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

function lineOf(doc: Document, counter: LineCounter, path: readonly PropertyKey[], firstLine: number): number | undefined {
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n) as (string | number)[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + firstLine - 1;
  }
  return undefined;
}

/** Result of parsing and validating the frontmatter of one file. */
export type FrontmatterResult = YamlResult<Frontmatter>;

/** Result of parsing and validating a YAML document against a schema. */
export interface YamlResult<T> {
  readonly data: T | null;
  readonly raw: unknown;
  readonly problems: Problem[];
}

/**
 * Parses and validates the YAML frontmatter of `file`. Every problem is reported, not
 * only the first.
 */
export function parseFrontmatter(file: string, yaml: string, firstLine: number): FrontmatterResult {
  return parseYaml(frontmatterSchema, file, yaml, firstLine, 'frontmatter');
}

/**
 * Parses YAML and validates it against `schema`, turning every YAML error and every
 * schema issue into a {@link Problem} with its line. Used for entry frontmatter and for
 * data files.
 * @param firstLine line of the file where the YAML text starts
 * @param whole how to name the document as a whole in messages (e.g. `frontmatter`)
 */
export function parseYaml<S extends z.ZodType>(schema: S, file: string, yaml: string, firstLine: number, whole: string): YamlResult<z.infer<S>> {
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = [];
  for (const err of doc.errors) {
    const pos = counter.linePos(err.pos[0]);
    problems.push({
      file,
      line: pos.line + firstLine - 1,
      where: whole,
      expected: 'valid YAML',
      found: `a YAML error (${err.code}: ${err.message.split('\n')[0]})`,
    });
  }
  if (problems.length) return { data: null, raw: undefined, problems };
  const raw: unknown = doc.toJS();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ file, line: firstLine, where: whole, expected: 'a YAML mapping of fields', found: describeValue(raw) });
    return { data: null, raw, problems };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { data: result.data as z.infer<S>, raw, problems };
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        const empty = key.trim() === '';
        problems.push({
          file,
          line: lineOf(doc, counter, path, firstLine),
          where: empty ? dottedPath(issue.path) || whole : dottedPath(path),
          expected: empty ? 'every field to have a name (a line "  : value" has none)' : `one of the known fields${didYouMean(key, knownKeys(schema, issue.path))}`,
          found: empty ? 'a field with an empty name' : `an unknown field "${key}"`,
        });
      }
      continue;
    }
    const found = valueAt(raw, issue.path);
    problems.push({
      file,
      line: lineOf(doc, counter, issue.path, firstLine),
      where: dottedPath(issue.path) || whole,
      expected: expectedText(issue),
      found: describeValue(found),
    });
  }
  return { data: null, raw, problems };
}

function expectedText(issue: z.core.$ZodIssue): string {
  const msg = issue.message;
  // Our schema writes its own "expected" phrases; zod's defaults start with a capital.
  if (!/^(Invalid|Too|Expected|Unrecognized)/.test(msg)) return msg;
  switch (issue.code) {
    case 'invalid_type':
      return `a value of type ${issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' ? `at least ${String(issue.minimum)} item(s)` : `a value of at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array' ? `at most ${String(issue.maximum)} item(s)` : `a value of at most ${String(issue.maximum)}`;
    default:
      return msg.charAt(0).toLowerCase() + msg.slice(1);
  }
}
