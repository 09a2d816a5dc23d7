import { execFile } from 'node:child_process';
import type { FileReader } from './file-reader.js';

function git(cwd: string, args: string[]): Promise<Buffer | undefined> {
  // Object names come last; one that starts with - would be read as an option: refused outright.
  if (args.at(-1)?.startsWith('-')) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 }, (error, stdout) => resolve(error ? undefined : stdout));
  });
}

/** `rev:path/inside/repo` (a display path) → the object name git understands, from the top. */
function objectName(path: string): string {
  const colon = path.indexOf(':');
  const inner = path.slice(colon + 1).replace(/^\.\//, '').replace(/^\.$/, '');
  return `${path.slice(0, colon)}:${inner}`;
}

/**
 * Reads files straight from git objects (`git cat-file`), never from the work tree, so any two
 * revisions can be compared without a checkout. Display paths are `rev:path` from the repository top.
 */
export function gitReader(top: string): FileReader {
  return {
    async list(dir) {
      const out = await git(top, ['ls-tree', '--name-only', objectName(dir)]);
      return out?.toString('utf8').split('\n').filter(Boolean).map((p) => p.split('/').pop()!);
    },
    async size(path) {
      const name = objectName(path);
      const type = (await git(top, ['cat-file', '-t', name]))?.toString().trim();
      if (type !== 'blob') return undefined;
      return Number((await git(top, ['cat-file', '-s', name]))?.toString().trim());
    },
    async read(path) {
      return (await git(top, ['cat-file', 'blob', objectName(path)])) ?? new Uint8Array();
    },
  };
}
