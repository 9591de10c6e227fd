/**
 * Content cannot run code. An entry is MDX syntax, and MDX is code: this module walks
 * the parsed body and reports every construct that could run JavaScript at build time
 * or in the reader's browser (import/export, `{expressions}`, components, `<script>`,
 * event-handler attributes, `javascript:` links), and any raw HTML outside a short
 * allow-list.
 */
import type { Node } from 'unist';
import type { Problem } from './problems.js';

/** Inline elements an entry may use, with the attributes each may carry. */
export const ALLOWED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  sub: [],
  sup: [],
  br: [],
};

const ALLOWED_URL = /^(https?:|mailto:|#|\/(?!\/))/i;

interface MdxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: unknown;
}

interface Positioned {
  type: string;
  position?: { start: { line: number } } | undefined;
}

/** True when a URL in an entry is safe to render as a link (http(s), mailto, anchor, site path). */
export function isSafeUrl(url: string): boolean {
  return ALLOWED_URL.test(url.trim());
}

/**
 * Reports every forbidden construct in an MDX body tree.
 * @param tree the body parsed with remark-parse + remark-mdx
 * @param file the file path, for messages
 * @param lineOffset lines before the body in the file (frontmatter), added to node lines
 */
export function checkMdxSafety(tree: Node, file: string, lineOffset: number): Problem[] {
  const problems: Problem[] = [];
  const expected = 'plain Markdown (an entry is data, not code)';
  const push = (node: Positioned, found: string) =>
    problems.push({
      file,
      line: node.position ? node.position.start.line + lineOffset : undefined,
      where: 'body',
      expected,
      found,
    });

  const walk = (node: Positioned): void => {
    const n = node as Positioned & { name?: string | null; attributes?: MdxAttribute[]; value?: string; url?: string };
    switch (node.type) {
      case 'mdxjsEsm':
        push(node, `an import/export statement (${firstLine(n.value)})`);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // A comment, {/* like this */}, cannot run anything; everything else can.
        if (!isCommentOnly(n.value ?? '')) push(node, `a JavaScript expression {${firstLine(n.value)}}`);
        return;
      case 'html':
        push(node, `raw HTML (${firstLine(n.value)})`);
        return;
      case 'image':
      case 'imageReference':
        push(node, 'an image (entries carry no images)');
        return;
      case 'link':
      case 'definition':
        if (n.url !== undefined && !isSafeUrl(n.url)) push(node, `a link to "${firstLine(n.url)}" (only https, http, mailto and site links are allowed)`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = n.name ?? '';
        const allowed = ALLOWED_ELEMENTS[name];
        if (!allowed) {
          const what = name === '' ? 'a JSX fragment <>' : name.toLowerCase() === 'script' ? 'a <script> element' : /^[A-Z]/.test(name) ? `a component <${name}>` : `the element <${name}> (allowed: ${Object.keys(ALLOWED_ELEMENTS).map((e) => `<${e}>`).join(', ')})`;
          push(node, what);
        }
        for (const attr of n.attributes ?? []) {
          if (attr.type === 'mdxJsxExpressionAttribute') {
            push(node, `a spread attribute on <${name}>`);
          } else if (attr.name && /^on/i.test(attr.name)) {
            push(node, `an event-handler attribute ${attr.name} on <${name}>`);
          } else if (attr.value !== null && typeof attr.value === 'object') {
            push(node, `an expression as the value of ${attr.name ?? 'an attribute'} on <${name}>`);
          } else if (allowed && attr.name && !allowed.includes(attr.name)) {
            push(node, `the attribute ${attr.name} on <${name}> (allowed: ${allowed.length ? allowed.join(', ') : 'none'})`);
          }
        }
        break;
      }
    }
    const children = (node as { children?: Positioned[] }).children;
    if (children) for (const child of children) walk(child);
  };
  walk(tree as unknown as Positioned);
  return problems;
}

/** True for an expression that is a single block comment and nothing else. */
export function isCommentOnly(expression: string): boolean {
  const m = /^\s*\/\*([\s\S]*)\*\/\s*$/.exec(expression);
  return m !== null && !(m[1] ?? '').includes('*/');
}

function firstLine(s: string | undefined): string {
  const line = (s ?? '').split('\n')[0] ?? '';
  return line.length > 50 ? `${line.slice(0, 47)}...` : line;
}
