import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';

/**
 * A file's bytes if it exists and only its owner, the user running hoshin, could have written it;
 * else undefined. For hoshin's caches: what they hold is trusted (a code cache is run, a parse
 * cache becomes document text), so a file another user could plant in a shared folder is not.
 */
export function readOwnFile(file: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const stat = fstatSync(fd);
    // No owners to compare on Windows (no getuid): the folder's permissions decide there.
    if (process.getuid && (stat.uid !== process.getuid() || (stat.mode & 0o022) !== 0)) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
