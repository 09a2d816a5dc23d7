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
  // Where the search for a free `<base>-<n>` goes on from: every one below it is taken already, so
  // n same-named headings cost n steps, not n²/2.
  const next = new Map<string, number>();
  const unique = (base: string) => {
    let id = base;
    let n = next.get(base) ?? 2;
    while (used.has(id)) id = `${base}-${n++}`;
    next.set(base, n);
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
