import { readdir, readFile, stat } from 'node:fs/promises';

/**
 * Where load/ reads from: the file system, or a git revision. Paths are display paths (as the
 * user will see them in messages); each reader knows how to find the bytes behind them.
 */
export interface FileReader {
  /** Names in a folder, or undefined when there is no such folder. */
  list(dir: string): Promise<string[] | undefined>;
  /** Size of a regular file, or undefined when it is missing or not a file. */
  size(path: string): Promise<number | undefined>;
  read(path: string): Promise<Uint8Array>;
}

export const fsReader: FileReader = {
  list: (dir) => readdir(dir).catch(() => undefined),
  size: (path) => stat(path).then((s) => (s.isFile() ? s.size : undefined), () => undefined),
  read: (path) => readFile(path),
};
