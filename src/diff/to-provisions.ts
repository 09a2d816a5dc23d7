import { toPlainText } from '../model/to-plain-text.js';
import type { Block, PolicyDocument, Section } from '../model/types.js';
import { toGrid } from '../render/table-grid.js';
import type { Line } from './types.js';

/** A unit of the 新旧対照表: one section's number, heading and its own body (not its subsections). */
export interface Provision {
  id: string;
  explicitId: boolean;
  /** As printed (2.2.1., （１）, 第3条) and as cited (2.2.1, 2.1（１）, 第3条). */
  label: string;
  ref: string;
  heading: string;
  depth: number;
  lines: Line[];
}

function linesOf(blocks: readonly Block[], out: Line[]): void {
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        out.push({ label: block.label?.text ?? '', text: toPlainText(block.children), id: block.id });
        break;
      case 'list':
        linesOf(block.children, out);
        break;
      case 'item': {
        const [first, ...rest] = block.children;
        const lead = first?.type === 'paragraph' ? toPlainText(first.children) : '';
        out.push({ label: block.label.text, text: lead, id: block.explicitId ? block.id : undefined });
        linesOf(first?.type === 'paragraph' ? rest : block.children, out);
        break;
      }
      case 'table':
        if (block.caption) out.push({ label: '', text: block.caption });
        for (const row of toGrid(block)) {
          const cells = row.map((slot) => (slot.origin ? toPlainText(slot.cell.children) : ''));
          out.push({ label: '', text: cells.join('\t'), cells });
        }
        break;
      case 'code':
        out.push({ label: '', text: block.value });
        break;
      case 'quote':
        linesOf(block.children, out);
        break;
      case 'rule':
      case 'section':
        break;
    }
  }
}

/** A document as the sequence of its provisions, in reading order (text before the first heading included). */
export function toProvisions(document: PolicyDocument): Provision[] {
  const out: Provision[] = [];
  const preamble: Line[] = [];
  linesOf(document.children.filter((b) => b.type !== 'section'), preamble);
  if (preamble.length > 0) out.push({ id: '', explicitId: true, label: '', ref: '', heading: '', depth: 0, lines: preamble });
  const walk = (sections: readonly Block[], parentRef: string) => {
    for (const block of sections) {
      if (block.type !== 'section') continue;
      const section = block as Section;
      const lines: Line[] = [];
      linesOf(section.children.filter((b) => b.type !== 'section'), lines);
      // An unnumbered heading (●) is cited by the numbered section it stands in.
      const ref = section.unnumbered ? parentRef : section.label.ref;
      out.push({ id: section.id, explicitId: section.explicitId, label: section.label.text, ref, heading: toPlainText(section.heading), depth: section.depth, lines });
      walk(section.children, ref);
    }
  };
  walk(document.children, '');
  return out;
}
