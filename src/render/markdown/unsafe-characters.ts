import type { Unsafe } from 'mdast-util-to-markdown';

export interface UnsafeCharacters {
  /** Matches a text with a character some pattern names, or a backslash: one safe() may change. */
  chars: RegExp;
  /** The patterns by the character they name. */
  byChar: Map<string, Unsafe[]>;
}

// safe() escapes a character only where an unsafe pattern (core, gfm, directive) matches that very
// character, so a text with none of the patterns' characters (nor a backslash) comes back as it is,
// and otherwise only the patterns of the characters it has can change it.
const found = new WeakMap<Unsafe[], UnsafeCharacters>();

/** The characters a serializer's escape patterns name (state.unsafe), worked out once per serializer. */
export function unsafeCharacters(unsafe: Unsafe[]): UnsafeCharacters {
  let known = found.get(unsafe);
  if (!known) {
    const byChar = new Map<string, Unsafe[]>();
    for (const pattern of unsafe) byChar.set(pattern.character, [...(byChar.get(pattern.character) ?? []), pattern]);
    const chars = new RegExp(`[${[...byChar.keys(), '\\'].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`).join('')}]`);
    found.set(unsafe, (known = { chars, byChar }));
  }
  return known;
}
