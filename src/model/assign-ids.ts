import type { Block, Section } from './types.js';
import { walkBlocks } from './walk-blocks.js';

/**
 * Make derived ids unique within a document (explicit duplicates are left for check to report) and
 * give items without one an id under their section: `<section>-<n>`. A section's derived id is made
 * from `baseOf` (by default the id it holds: what toSections derived from its heading).
 */
export function assignIds(blocks: Block[], baseOf: (section: Section) => string = (section) => section.id): void {
  const explicit = new Set<string>();
  walkBlocks(blocks, (b) => {
    if ((b.type === 'section' || b.type === 'item') && b.explicitId) explicit.add(b.id);
    if (b.type === 'paragraph' && b.id) explicit.add(b.id);
  });
  const used = new Set(explicit);
  const unique = (base: string) => {
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  const itemCounts = new Map<Section | undefined, number>();
  walkBlocks(blocks, (b, ancestors) => {
    if (b.type === 'section' && !b.explicitId) b.id = unique(baseOf(b));
    if (b.type === 'item' && !b.explicitId) {
      const section = [...ancestors].reverse().find((a): a is Section => a.type === 'section');
      const n = (itemCounts.get(section) ?? 0) + 1;
      itemCounts.set(section, n);
      b.id = unique(`${section?.id ?? 'item'}-${n}`);
    }
  });
}
