import type { Text } from 'mdast';
import { defaultHandlers, type Handle, type State as Serializer, type Unsafe } from 'mdast-util-to-markdown';

// safe() escapes a character only where an unsafe pattern (core, gfm, directive) matches that very
// character, so a text with none of the patterns' characters (nor a backslash) comes back as it is,
// and otherwise only the patterns of the characters it has can change it. Running all ≈60 patterns
// on every text node was most of this renderer's time.
const patternsOf = new WeakMap<Unsafe[], { chars: RegExp; byChar: Map<string, Unsafe[]> }>();
function patternsFor(unsafe: Unsafe[]) {
  let found = patternsOf.get(unsafe);
  if (!found) {
    const byChar = new Map<string, Unsafe[]>();
    for (const pattern of unsafe) byChar.set(pattern.character, [...(byChar.get(pattern.character) ?? []), pattern]);
    const chars = new RegExp(`[${[...byChar.keys(), '\\'].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`);
    patternsOf.set(unsafe, (found = { chars, byChar }));
  }
  return found;
}
/** mdast-util-to-markdown's text handler, to the same output: escapes only what its patterns require. */
export const safeText: Handle = (node: Text, parent, state, info) => {
  const { chars, byChar } = patternsFor(state.unsafe);
  if (!chars.test(node.value)) return node.value;
  const unsafe = [...new Set(node.value)].flatMap((c) => byChar.get(c) ?? []);
  return defaultHandlers.text(node, parent, Object.assign(Object.create(state) as Serializer, { unsafe }), info);
};
