import { mkdir, stat } from 'node:fs/promises';
import { dirname } from 'node:path';

/**
 * `mkdir -p`, one level at a time. Node's own recursive mkdir loops forever where mkdir answers
 * ENOENT under a folder that exists (/proc/self/x): here each level is tried once and such a
 * failure is thrown.
 */
export async function makeFolder(path: string, mode?: number): Promise<void> {
  const missing: string[] = [];
  for (let current = path; ; current = dirname(current)) {
    const info = await stat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined;
      throw error;
    });
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`not a folder: ${current}`), { code: 'ENOTDIR' });
      break;
    }
    missing.push(current);
    if (dirname(current) === current) break;
  }
  for (const folder of missing.reverse()) {
    await mkdir(folder, { mode }).catch(async (error: NodeJS.ErrnoException) => {
      // Made meanwhile by someone else: fine, if it is a folder.
      if (error.code !== 'EEXIST' || !(await stat(folder)).isDirectory()) throw error;
    });
  }
}
