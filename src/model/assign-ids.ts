import type { Block, Section } from './types.js';
import { walkBlocks } from './walk-blocks.js';

/**
 * Make derived ids unique within a document (explicit duplicates are left for check to report) and
 * give items without one an id under their section: `<section>-<n>`.
 */
export function assignIds(blocks: Block[]): void {
  const explicit = new Set<string>();
  walkBlocks(blocks, (b) => {
    if ((b.type === 'section' || b.type === 'item') && b.explicitId) explicit.add(b.id);
    if (b.type === 'paragraph' && b.id) explicit.add(b.id);
  });
  const used = new Set(explicit);
  // The next suffix to try per base: without it, n equal headings cost n² lookups.
  const next = new Map<string, number>();
  const unique = (base: string) => {
    let id = base;
    if (used.has(id)) {
      let n = next.get(base) ?? 2;
      while (used.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
      next.set(base, n + 1);
    }
    used.add(id);
    return id;
  };
  const itemCounts = new Map<Section | undefined, number>();
  walkBlocks(blocks, (b, ancestors) => {
    if (b.type === 'section' && !b.explicitId) b.id = unique(b.id);
    if (b.type === 'item' && !b.explicitId) {
      const section = [...ancestors].reverse().find((a): a is Section => a.type === 'section');
      const n = (itemCounts.get(section) ?? 0) + 1;
      itemCounts.set(section, n);
      b.id = unique(`${section?.id ?? 'item'}-${n}`);
    }
  });
}
