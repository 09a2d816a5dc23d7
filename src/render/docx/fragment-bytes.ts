import type { Fragment } from './body-writer.js';
import type { Hole } from './holes.js';

const utf8 = new TextEncoder();
const encoded = new WeakMap<Fragment, ReadonlyArray<Uint8Array | Hole>>();

/**
 * A fragment's strings as UTF-8, encoded once: a document's body goes into its own file and the
 * approval edition, and into every build while it stays the same (hoshin serve).
 */
export function fragmentBytes(fragment: Fragment): ReadonlyArray<Uint8Array | Hole> {
  let bytes = encoded.get(fragment);
  if (!bytes) encoded.set(fragment, (bytes = fragment.parts.map((part) => (typeof part === 'string' ? utf8.encode(part) : part))));
  return bytes;
}
