import { diagnostic, type Diagnostic } from '../../diagnostic.js';
import { targetIndex } from '../../model/target-index.js';
import { walkInlines } from '../../model/walk-inlines.js';
import type { Rule } from '../rule.js';

/** Every `[](#id)` / `[](doc#id)` must name an existing document and id. */
export const refUnknown: Rule = {
  id: 'ref-unknown',
  run({ internal }) {
    const diagnostics: Diagnostic[] = [];
    const index = targetIndex(internal.documents);
    for (const document of internal.documents) {
      walkInlines(document.children, (node) => {
        if (node.type !== 'ref' || !node.position) return;
        const targets = index.get(node.document);
        if (!targets) {
          const known = [...index.keys()].join('、');
          diagnostics.push(diagnostic(node.position, 'error', 'ref-unknown', `参照先の文書「${node.document}」がありません（文書 id: ${known}）。`));
        } else if (!targets.has(node.id)) {
          diagnostics.push(diagnostic(node.position, 'error', 'ref-unknown', `参照先「#${node.id ?? ''}」が文書「${node.document}」にありません。見出しの {#id} を確かめてください。`));
        }
      });
    }
    return diagnostics;
  },
};
