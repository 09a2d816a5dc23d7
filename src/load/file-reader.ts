import { constants, type Stats } from 'node:fs';
import { lstat, open, readdir, realpath } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { stepsOf } from './steps-of.js';

/**
 * What a path below a policy folder is. A symlink at any step below the folder is reported, never
 * followed: a policy repository could otherwise publish any file the build user can read.
 */
export type Entry =
  | { kind: 'file'; size: number }
  | { kind: 'folder' }
  | { kind: 'missing' }
  /** `link`: the step that is a symlink, relative to the folder with / separators. */
  | { kind: 'symlink'; link: string }
  | { kind: 'outside' };

/**
 * Where load/ reads from: the file system, or a git revision. Paths are display paths (as the
 * user will see them in messages); each reader knows how to find the bytes behind them.
 */
export interface FileReader {
  /** Names in a folder, or undefined when there is no such folder. */
  list(dir: string): Promise<string[] | undefined>;
  /** What `rel` (relative to the policy folder `root`) is; read a file only after this said 'file'. */
  entry(root: string, rel: string): Promise<Entry>;
  read(path: string): Promise<Uint8Array>;
}

const MISSING: Entry = { kind: 'missing' };

async function fsEntry(root: string, rel: string): Promise<Entry> {
  const steps = stepsOf(rel);
  if (!steps) return { kind: 'outside' };
  let path = root;
  let info: Stats | undefined;
  for (let i = 0; i < steps.length; i++) {
    path = join(path, steps[i]);
    info = await lstat(path).catch(() => undefined);
    if (!info) return MISSING;
    if (info.isSymbolicLink()) return { kind: 'symlink', link: steps.slice(0, i + 1).join('/') };
    if (i < steps.length - 1 && !info.isDirectory()) return MISSING;
  }
  // Checking each step is the rule; comparing real paths also catches what lstat does not call a
  // link (and is what the design asks for: a path string that stays inside proves nothing).
  const [realRoot, real] = await Promise.all([realpath(root), realpath(path)]).catch(() => []);
  if (realRoot === undefined || real === undefined) return MISSING;
  if (real !== realRoot && !real.startsWith(realRoot.endsWith(sep) ? realRoot : realRoot + sep)) return { kind: 'outside' };
  if (steps.length === 0 || info?.isDirectory()) return { kind: 'folder' };
  return info?.isFile() ? { kind: 'file', size: info.size } : MISSING;
}

/** Bytes of a file; the last step is opened without following a link (one swapped in after entry()). */
async function readNoFollow(path: string): Promise<Uint8Array> {
  const handle = await open(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

export const fsReader: FileReader = {
  list: (dir) => readdir(dir).catch(() => undefined),
  entry: fsEntry,
  read: readNoFollow,
};
