import type { FileReader } from './file-reader.js';

/**
 * A reader that sees some files differently: git's external diff hands over one changed file as
 * a temporary copy; the rest of the policy is read from the work tree. `undefined` hides a file.
 */
export function overlayReader(base: FileReader, files: ReadonlyMap<string, Uint8Array | undefined>): FileReader {
  return {
    list: base.list,
    size: async (path) => (files.has(path) ? files.get(path)?.byteLength : base.size(path)),
    read: async (path) => (files.has(path) ? files.get(path) ?? new Uint8Array() : base.read(path)),
  };
}
