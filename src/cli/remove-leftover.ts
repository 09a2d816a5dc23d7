import { chmod, lstat, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

/** Let the owner write every folder below path (hoshin's own leftover), so that it can be removed. */
async function makeWritable(path: string): Promise<void> {
  const info = await lstat(path);
  if (!info.isDirectory()) return;
  await chmod(path, info.mode | 0o700);
  for (const name of await readdir(path)) await makeWritable(join(path, name));
}

/**
 * Remove a folder hoshin made beside the output (staging, or the previous output after a swap).
 * A folder someone made read-only is made writable first: it is hoshin's, and left in place it
 * would stop every later build. Returns the error when it still cannot be removed.
 */
export async function removeLeftover(path: string): Promise<unknown> {
  try {
    await rm(path, { recursive: true, force: true });
    return undefined;
  } catch {
    try {
      await makeWritable(path);
      await rm(path, { recursive: true, force: true });
      return undefined;
    } catch (error) {
      return error;
    }
  }
}
