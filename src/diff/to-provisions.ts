import type { Block, Inline, PolicyDocument, Section } from '../model/types.js';
import { toGrid } from '../render/table-grid.js';
import { toPlainTextSpans } from './plain-text-spans.js';
import type { Line, Range } from './types.js';

/** A unit of the 新旧対照表: one section's number, heading and its own body (not its subsections). */
export interface Provision {
  id: string;
  explicitId: boolean;
  /** As printed (2.2.1., （１）, 第3条) and as cited (2.2.1, 2.1（１）, 第3条). */
  label: string;
  ref: string;
  heading: string;
  /** :internal[…] spans in the heading. */
  headingSpans: Range[];
  /** The section is internal-only content. */
  internal: boolean;
  depth: number;
  lines: Line[];
}

/** A line of inline content: its text, whether it is internal-only, its :internal[…] spans. */
function line(label: string, nodes: readonly Inline[], internal: boolean, id?: string): Line {
  const { text, spans } = toPlainTextSpans(nodes);
  return { label, text, ...(id !== undefined ? { id } : {}), ...(internal ? { internal } : {}), ...(spans.length > 0 ? { spans } : {}) };
}

function linesOf(blocks: readonly Block[], out: Line[]): void {
  for (const block of blocks) {
    switch (block.type) {
      case 'paragraph':
        out.push(line(block.label?.text ?? '', block.children, block.visibility === 'internal', block.id));
        break;
      case 'list':
        linesOf(block.children, out);
        break;
      case 'item': {
        const [first, ...rest] = block.children;
        const lead = first?.type === 'paragraph' ? first : undefined;
        const internal = block.visibility === 'internal' || lead?.visibility === 'internal';
        out.push(line(block.label.text, lead?.children ?? [], internal, block.explicitId ? block.id : undefined));
        linesOf(first?.type === 'paragraph' ? rest : block.children, out);
        break;
      }
      case 'table': {
        const internal = block.visibility === 'internal' ? { internal: true } : {};
        if (block.caption) out.push({ label: '', text: block.caption, ...internal });
        for (const row of toGrid(block)) {
          const read = row.map((slot) => (slot.origin ? toPlainTextSpans(slot.cell.children) : { text: '', spans: [] }));
          const cells = read.map((c) => c.text);
          const spans = read.some((c) => c.spans.length > 0) ? { cellSpans: read.map((c) => c.spans) } : {};
          out.push({ label: '', text: cells.join('\t'), cells, ...internal, ...spans });
        }
        break;
      }
      case 'code':
        out.push({ label: '', text: block.value, ...(block.visibility === 'internal' ? { internal: true } : {}) });
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
  if (preamble.length > 0) out.push({ id: '', explicitId: true, label: '', ref: '', heading: '', headingSpans: [], internal: false, depth: 0, lines: preamble });
  const walk = (sections: readonly Block[], parentRef: string) => {
    for (const block of sections) {
      if (block.type !== 'section') continue;
      const section = block as Section;
      const lines: Line[] = [];
      linesOf(section.children.filter((b) => b.type !== 'section'), lines);
      // An unnumbered heading (●) is cited by the numbered section it stands in.
      const ref = section.unnumbered ? parentRef : section.label.ref;
      const heading = toPlainTextSpans(section.heading);
      out.push({
        id: section.id,
        explicitId: section.explicitId,
        label: section.label.text,
        ref,
        heading: heading.text,
        headingSpans: heading.spans,
        internal: section.visibility === 'internal',
        depth: section.depth,
        lines,
      });
      walk(section.children, ref);
    }
  };
  walk(document.children, '');
  return out;
}
