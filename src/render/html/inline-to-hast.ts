import type { ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Inline, Policy, PolicyDocument, Ref } from '../../model/types.js';
import { safeUrl } from './safe-url.js';

export interface InlineContext {
  policy: Policy;
  document: PolicyDocument;
}

/** `#id` in this document, `<doc>.html#id` in another of the same edition; none if not there. */
function refHref(ref: Ref, context: InlineContext): string | undefined {
  const target = context.policy.documents.find((d) => d.id === ref.document);
  if (!target) return undefined;
  const fragment = ref.id === undefined ? '' : `#${encodeURIComponent(ref.id)}`;
  if (target.id === context.document.id) return fragment || '#';
  return `${encodeURIComponent(target.id)}.html${fragment}`;
}

/** Model inline content as hast: text stays text (hast escapes it), links only to safe URLs. */
export function inlineToHast(nodes: readonly Inline[], context: InlineContext): ElementContent[] {
  return nodes.flatMap((node): ElementContent[] => {
    switch (node.type) {
      case 'text':
        return [{ type: 'text', value: node.value }];
      case 'inlineCode':
        return [h('code', node.value)];
      case 'break':
        return [h('br')];
      case 'emphasis':
        return [h('em', inlineToHast(node.children, context))];
      case 'strong':
        return [h('strong', inlineToHast(node.children, context))];
      case 'delete':
        return [h('del', inlineToHast(node.children, context))];
      case 'link': {
        const children = inlineToHast(node.children, context);
        const href = safeUrl(node.url);
        return href === undefined ? children : [h('a', { href }, children)];
      }
      case 'internalSpan': {
        // The public edition has none; dropping them here as well keeps a model bug from leaking.
        if (context.policy.edition === 'public') return [];
        const children = inlineToHast(node.children, context);
        if (context.document.visibility !== 'public') return children;
        return [h('span', { className: ['internal-inline'] }, [h('span', { className: ['internal-mark'] }, '〔非公開〕'), ...children])];
      }
      case 'ref': {
        const text = node.children.length > 0 ? inlineToHast(node.children, context) : [{ type: 'text' as const, value: node.label ?? '' }];
        const href = refHref(node, context);
        return href === undefined ? text : [h('a', { href, className: ['ref'] }, text)];
      }
    }
  });
}
