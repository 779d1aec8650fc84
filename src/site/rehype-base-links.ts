// The generated MDX links root-relative (/beijing/12/), so the content does not depend on where the
// site is deployed. This rehype plugin puts the deployment base in front of those links when the
// site is built under a sub-path (/guohan/beijing/12/), and gives every clause article the short
// URL that print styles show under it (data-print-url: host and path, or the path alone when the
// build has no origin), so a paper copy can be cited.

import type { Root } from 'hast';

interface Node {
  type: string;
  tagName?: string;
  name?: string;
  properties?: Record<string, unknown>;
  attributes?: { type: string; name: string; value: unknown }[];
  children?: Node[];
}

function prefix(href: unknown, base: string): unknown {
  return typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') ? base.replace(/\/$/, '') + href : href;
}

const isJsx = (n: Node) => n.type === 'mdxJsxTextElement' || n.type === 'mdxJsxFlowElement';
const attr = (n: Node, name: string) => n.attributes?.find((a) => a.name === name);

/** The first link inside a node (the clause heading's link to its canonical page). */
function firstHref(node: Node): string | null {
  if (isJsx(node) && node.name === 'a') return String(attr(node, 'href')?.value ?? '');
  if (node.type === 'element' && node.tagName === 'a') return String(node.properties?.href ?? '');
  for (const child of node.children ?? []) {
    const found = firstHref(child);
    if (found) return found;
  }
  return null;
}

/** Prefixes `base` to root-relative links and marks clause articles with their printed URL. */
export function rehypeBaseLinks(options: { base: string; origin: string | null }) {
  const { base, origin } = options;
  const host = (origin ?? '').replace(/^https?:\/\//, '').replace(/\/$/, '');
  return (tree: Root) => {
    const visit = (node: Node) => {
      if (isJsx(node) && node.name === 'article' && /\bclause\b/.test(String(attr(node, 'class')?.value ?? ''))) {
        const link = firstHref(node);
        if (link) node.attributes!.push({ type: 'mdxJsxAttribute', name: 'data-print-url', value: host + prefix(link, base) });
      }
      if (base !== '/') {
        if (node.type === 'element' && node.tagName === 'a' && node.properties) {
          node.properties.href = prefix(node.properties.href, base);
        } else if (isJsx(node) && node.name === 'a') {
          const href = attr(node, 'href');
          if (href) href.value = prefix(href.value, base);
        }
      }
      node.children?.forEach(visit);
    };
    visit(tree as unknown as Node);
  };
}
