/**
 * Renders the inline Markdown of a sub-clause to HTML. Only the node types the clause
 * grammar allows are rendered; every text is escaped; links are kept only when their
 * address is safe. Nothing from content reaches the page as raw HTML.
 */
import type { PhrasingContent } from 'mdast';
import { ALLOWED_ELEMENTS, isSafeUrl } from './mdx-safety.js';

/** Escapes the five HTML-significant characters. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

interface JsxInline {
  type: 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: PhrasingContent[];
}

/** Renders inline mdast nodes to a safe HTML string. */
export function renderInline(nodes: readonly (PhrasingContent | JsxInline)[]): string {
  return nodes.map(renderNode).join('');
}

function renderNode(node: PhrasingContent | JsxInline): string {
  switch (node.type) {
    case 'text':
      return escapeHtml(node.value);
    case 'emphasis':
      return `<em>${renderInline(node.children)}</em>`;
    case 'strong':
      return `<strong>${renderInline(node.children)}</strong>`;
    case 'delete':
      return `<s>${renderInline(node.children)}</s>`;
    case 'inlineCode':
      return `<code>${escapeHtml(node.value)}</code>`;
    case 'break':
      return '<br>';
    case 'link':
      return isSafeUrl(node.url)
        ? `<a href="${escapeHtml(node.url)}"${/^https?:/i.test(node.url) ? ' rel="noopener"' : ''}>${renderInline(node.children)}</a>`
        : renderInline(node.children);
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const allowed = ALLOWED_ELEMENTS[name];
      if (!allowed) return renderInline(node.children);
      const attrs = node.attributes
        .flatMap((a) => ('name' in a && typeof a.name === 'string' && allowed.includes(a.name) && typeof a.value === 'string' ? [` ${a.name}="${escapeHtml(a.value)}"`] : []))
        .join('');
      return name === 'br' ? '<br>' : `<${name}${attrs}>${renderInline(node.children)}</${name}>`;
    }
    default:
      // Any other node (footnote references, html, expressions) renders as its text only.
      return 'children' in node ? renderInline((node as { children: PhrasingContent[] }).children) : 'value' in node ? escapeHtml(String((node as { value: unknown }).value)) : '';
  }
}
