import { diagnostic, type Diagnostic } from '../../diagnostic.js';
import { walkBlocks } from '../../model/walk-blocks.js';
import type { Rule } from '../rule.js';

/** Headings without `{#id}` get one from their text, which changes when the text does. */
export const idDerived: Rule = {
  id: 'id-derived',
  run({ internal }) {
    const diagnostics: Diagnostic[] = [];
    for (const document of internal.documents) {
      walkBlocks(document.children, (block) => {
        if (block.type !== 'section' || block.explicitId || !block.position) return;
        diagnostics.push(diagnostic(block.position, 'info', 'id-derived', `見出しに {#id} がないため、id「${block.id}」を本文から作りました。参照や新旧対照のために {#id} を付けることをお勧めします。`));
      });
    }
    return diagnostics;
  },
};
