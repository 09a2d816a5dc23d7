import { dirname, join } from 'node:path';
import type { FileReader } from './file-reader.js';

/**
 * A reader that sees some files differently: git's external diff hands over one changed file as
 * a temporary copy; the rest of the policy is read from the work tree. `undefined` hides a file.
 */
export function overlayReader(base: FileReader, files: ReadonlyMap<string, Uint8Array | undefined>): FileReader {
  return {
    list: base.list,
    async entry(root, rel) {
      if (!files.has(join(root, rel))) return base.entry(root, rel);
      // The copy stands for the file only: the folders on its way are looked at as they are.
      const parent = dirname(rel);
      const way = parent === '.' ? undefined : await base.entry(root, parent);
      if (way && way.kind !== 'folder') return way.kind === 'file' ? { kind: 'missing' } : way;
      const bytes = files.get(join(root, rel));
      return bytes ? { kind: 'file', size: bytes.byteLength } : { kind: 'missing' };
    },
    read: async (path) => (files.has(path) ? files.get(path) ?? new Uint8Array() : base.read(path)),
  };
}
