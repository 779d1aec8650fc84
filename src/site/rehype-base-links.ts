// The generated MDX links root-relative (/beijing/12/), so the content does not depend on where the
// site is deployed. This rehype plugin puts the deployment base in front of those links when the
// site is built under a sub-path (/guohan/beijing/12/).

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

/** Prefixes `base` to root-relative href attributes of <a> elements, in HTML and MDX JSX alike. */
export function rehypeBaseLinks(options: { base: string }) {
  const { base } = options;
  return (tree: Root) => {
    if (base === '/') return;
    const visit = (node: Node) => {
      if (node.type === 'element' && node.tagName === 'a' && node.properties) {
        node.properties.href = prefix(node.properties.href, base);
      } else if ((node.type === 'mdxJsxTextElement' || node.type === 'mdxJsxFlowElement') && node.name === 'a') {
        for (const attr of node.attributes ?? []) if (attr.name === 'href') attr.value = prefix(attr.value, base);
      }
      node.children?.forEach(visit);
    };
    visit(tree as unknown as Node);
  };
}
