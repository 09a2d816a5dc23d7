import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * makeFolder (make-folder.ts) for code that must stay synchronous (the code cache, written while
 * the process exits): each missing level is made once, never with mkdirSync's recursive option,
 * which loops forever under /proc/self as the asynchronous one does.
 */
export function makeFolderSync(path: string, mode?: number): void {
  const missing: string[] = [];
  for (let current = path; ; current = dirname(current)) {
    const info = statSync(current, { throwIfNoEntry: false });
    if (info) {
      if (!info.isDirectory()) throw Object.assign(new Error(`not a folder: ${current}`), { code: 'ENOTDIR' });
      break;
    }
    missing.push(current);
    if (dirname(current) === current) break;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder, { mode });
    } catch (error) {
      // Made meanwhile by someone else: fine, if it is a folder.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || !statSync(folder).isDirectory()) throw error;
    }
  }
}
