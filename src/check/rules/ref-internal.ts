import { diagnostic, type Diagnostic } from '../../diagnostic.js';
import { targetIndex } from '../../model/target-index.js';
import { walkInlines } from '../../model/walk-inlines.js';
import type { Rule } from '../rule.js';

/**
 * Public text must not point at internal content: the published page would show a number that
 * leads nowhere, and the reference itself discloses that the content exists. An error, not a warning.
 */
export const refInternal: Rule = {
  id: 'ref-internal',
  run({ internal }) {
    const diagnostics: Diagnostic[] = [];
    const index = targetIndex(internal.documents);
    for (const document of internal.documents) {
      if (document.visibility === 'internal') continue;
      walkInlines(document.children, (node, block, inInternalSpan) => {
        if (node.type !== 'ref' || !node.position || inInternalSpan || block.visibility === 'internal') return;
        const target = index.get(node.document)?.get(node.id);
        if (target?.visibility !== 'internal') return;
        const what = target.block ? `非公開の内容（${target.document.title} の「#${node.id}」）` : `非公開の文書「${target.document.title}」`;
        diagnostics.push(diagnostic(node.position, 'error', 'ref-internal', `公開文書から${what}を参照しています。参照をやめるか、参照する文を :::internal の中に入れてください。`));
      });
    }
    return diagnostics;
  },
};
