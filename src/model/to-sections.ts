import { toPlainText } from './to-plain-text.js';
import { deriveId } from './derive-id.js';
import type { FlatBlock } from './flat-block.js';
import type { Block, Section } from './types.js';

/**
 * Nest a flat block stream into sections (as pandoc's hierarchicalize): a heading owns what follows
 * it up to the next heading of the same or a higher level, or the end of the `:::internal` container
 * it was opened in.
 */
export function toSections(stream: readonly FlatBlock[]): Block[] {
  const root: Block[] = [];
  const open: Section[] = [];
  const fences: number[] = [];
  const target = () => (open.length > 0 ? open[open.length - 1].children : root);
  for (const block of stream) {
    if (block.type === 'enter') fences.push(open.length);
    else if (block.type === 'exit') open.length = fences.pop() ?? 0;
    else if (block.type === 'heading') {
      const floor = fences.length > 0 ? fences[fences.length - 1] : 0;
      while (open.length > floor && open[open.length - 1].depth >= block.depth) open.pop();
      const section: Section = {
        type: 'section',
        id: block.id ?? deriveId(toPlainText(block.heading)),
        explicitId: block.id !== undefined,
        depth: block.depth,
        level: -1,
        unnumbered: block.unnumbered,
        caption: false,
        label: { text: '', ref: '' },
        heading: block.heading,
        children: [],
        visibility: block.visibility,
        position: block.position,
      };
      target().push(section);
      open.push(section);
    } else target().push(block as Block);
  }
  return root;
}
