import { isBlank } from './is-blank.js';
import type { Inline } from './types.js';

/**
 * Inline nodes with every `:internal[…]` span left out, as if it had never been written: the
 * texts on both sides become one (two DOCX runs would show where it was) with the white space at
 * the seam once (`前 :internal[…] 後` is `前 後`, not `前  後`), none at either end; a link,
 * emphasis or reference left with no text goes as a whole (an empty <a> still carried its URL).
 */
export function publicInlines(nodes: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  let dropped = false;
  for (const node of nodes) {
    let kept = node;
    if ('children' in node) {
      const children = node.type === 'internalSpan' ? [] : publicInlines(node.children);
      if (node.type === 'internalSpan' || (isBlank(children) && !isBlank(node.children))) {
        dropped = true;
        continue;
      }
      kept = { ...node, children } as Inline;
    }
    const last = out[out.length - 1];
    if (dropped && kept.type === 'text') {
      const value = last === undefined || (last.type === 'text' && /\s$/.test(last.value)) ? kept.value.replace(/^\s+/, '') : kept.value;
      if (last?.type === 'text') out[out.length - 1] = { ...last, value: last.value + value };
      else out.push({ ...kept, value });
    } else out.push(kept);
    dropped = false;
  }
  const last = out[out.length - 1];
  if (dropped && last?.type === 'text') out[out.length - 1] = { ...last, value: last.value.replace(/\s+$/, '') };
  return out;
}
