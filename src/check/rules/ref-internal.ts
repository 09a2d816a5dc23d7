import { diagnostic, type Diagnostic } from '../../diagnostic.js';
import { targetIndex } from '../../model/target-index.js';
import { walkInlines } from '../../model/walk-inlines.js';
import type { Rule } from '../rule.js';

const ADVICE = '参照をやめるか、参照する文を :::internal の中に入れてください。';

/**
 * Public text must not point at internal content: the published page would show a number that
 * leads nowhere, and the reference itself discloses that the content exists. An error, not a warning.
 * That content is also a paragraph or item of nothing but `:internal[…]` text: the public edition
 * leaves it out, and the reference would publish its `{#id}`.
 */
export const refInternal: Rule = {
  id: 'ref-internal',
  run({ internal, public: published }) {
    const diagnostics: Diagnostic[] = [];
    const index = targetIndex(internal.documents);
    for (const document of internal.documents) {
      if (document.visibility === 'internal') continue;
      walkInlines(document.children, (node, block, inInternalSpan) => {
        if (node.type !== 'ref' || !node.position || inInternalSpan || block.visibility === 'internal') return;
        const target = index.get(node.document)?.get(node.id);
        if (target?.visibility !== 'internal') return;
        const what = target.block ? `非公開の内容（${target.document.title} の「#${node.id}」）` : `非公開の文書「${target.document.title}」`;
        diagnostics.push(diagnostic(node.position, 'error', 'ref-internal', `公開文書から${what}を参照しています。${ADVICE}`));
      });
    }
    // The public edition's references, moved onto its ids (resolveRefs), got no label if their
    // target is not in it: one to a public block of the whole text points at a block left out for
    // being all internal (its id may be another block's there: item ③ became ②).
    for (const document of published.documents) {
      walkInlines(document.children, (node) => {
        if (node.type !== 'ref' || !node.position || node.label !== undefined) return;
        const target = index.get(node.document)?.get(node.id);
        if (target?.visibility !== 'public') return;
        const what = `非公開の内容（${target.document.title} の「#${node.id}」。:internal[…] の文だけの段落・項目は公開用に出力しません）`;
        diagnostics.push(diagnostic(node.position, 'error', 'ref-internal', `公開文書から${what}を参照しています。${ADVICE}`));
      });
    }
    return diagnostics;
  },
};
