import { realpath } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * The real path of a file or folder that may not exist yet: symbolic links in the part that exists
 * are resolved, the rest is kept as written. Two spellings of one place give one answer.
 */
export async function realPath(path: string): Promise<string> {
  const rest: string[] = [];
  for (let current = path; ; current = dirname(current)) {
    const real = await realpath(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (real !== undefined) return join(real, ...rest.reverse());
    if (dirname(current) === current) return path;
    rest.push(basename(current));
  }
}
