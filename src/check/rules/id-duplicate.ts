import { basename } from 'node:path';
import { diagnostic, type Diagnostic } from '../../diagnostic.js';
import { walkBlocks } from '../../model/walk-blocks.js';
import type { Rule } from '../rule.js';

/** An explicit `{#id}` used twice in one document makes references and revision diffs ambiguous. */
export const idDuplicate: Rule = {
  id: 'id-duplicate',
  run({ internal }) {
    const diagnostics: Diagnostic[] = [];
    for (const document of internal.documents) {
      const seen = new Map<string, { file: string; line: number }>();
      walkBlocks(document.children, (block) => {
        const id = (block.type === 'section' || block.type === 'item') && block.explicitId ? block.id : block.type === 'paragraph' ? block.id : undefined;
        if (!id || !block.position) return;
        const first = seen.get(id);
        if (first) {
          const where = first.file === block.position.file ? `${first.line} 行目` : `${basename(first.file)} の ${first.line} 行目`;
          diagnostics.push(diagnostic(block.position, 'error', 'id-duplicate', `id「${id}」は ${where}でも使われています。文書の中で一つだけにしてください。`));
        } else seen.set(id, block.position);
      });
    }
    return diagnostics;
  },
};
