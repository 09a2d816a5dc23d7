import { execFile } from 'node:child_process';
import type { Entry, FileReader } from './file-reader.js';
import { stepsOf } from './steps-of.js';

// Paths given to git are names, never patterns or `:(magic)`.
const ENV = { ...process.env, GIT_LITERAL_PATHSPECS: '1' };

function git(cwd: string, args: string[]): Promise<Buffer | undefined> {
  // Object names come last; one that starts with - would be read as an option: refused outright.
  if (args.at(-1)?.startsWith('-')) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    execFile('git', args, { cwd, env: ENV, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 }, (error, stdout) => resolve(error ? undefined : stdout));
  });
}

/** `rev:path/inside/repo` (a display path) → the object name git understands, from the top. */
function objectName(path: string): string {
  const colon = path.indexOf(':');
  const inner = path.slice(colon + 1).replace(/^\.\//, '').replace(/^\.$/, '');
  return `${path.slice(0, colon)}:${inner}`;
}

interface TreeEntry {
  mode: string;
  type: string;
  size: number;
}

/** `git ls-tree -z -l` records by path (relative to the tree listed). */
async function listTree(top: string, tree: string, path: string, recursive: boolean): Promise<Map<string, TreeEntry>> {
  const entries = new Map<string, TreeEntry>();
  const out = await git(top, ['ls-tree', '-z', '-l', ...(recursive ? ['-r', '-t'] : []), tree, '--', path]);
  for (const record of out?.toString('utf8').split('\0') ?? []) {
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, , size] = record.slice(0, tab).split(/\s+/);
    entries.set(record.slice(tab + 1), { mode, type, size: Number(size) });
  }
  return entries;
}

/**
 * A path in a revision, step by step. A symlink is a blob of mode 120000 holding the link's
 * target: it is reported, never read as the file (nor followed, as a checkout would).
 */
async function gitEntry(top: string, root: string, rel: string): Promise<Entry> {
  const steps = stepsOf(rel);
  if (!steps) return { kind: 'outside' };
  const tree = objectName(root);
  if (steps.length === 0) return (await git(top, ['cat-file', '-t', tree]))?.toString().trim() === 'tree' ? { kind: 'folder' } : { kind: 'missing' };
  // -r -t lists each folder on the way and the path itself; a blob on the way (a link) is not
  // listed, so the first step not found is asked for by itself.
  const found = await listTree(top, tree, steps.join('/'), true);
  let entry: TreeEntry | undefined;
  for (let i = 0; i < steps.length; i++) {
    const prefix = steps.slice(0, i + 1).join('/');
    entry = found.get(prefix) ?? (await listTree(top, tree, prefix, false)).get(prefix);
    if (!entry) return { kind: 'missing' };
    if (entry.mode === '120000') return { kind: 'symlink', link: prefix };
    if (i < steps.length - 1 && entry.type !== 'tree') return { kind: 'missing' };
  }
  if (entry?.type === 'blob') return { kind: 'file', size: entry.size };
  return entry?.type === 'tree' ? { kind: 'folder' } : { kind: 'missing' };
}

/**
 * Reads files straight from git objects (`git cat-file`), never from the work tree, so any two
 * revisions can be compared without a checkout. Display paths are `rev:path` from the repository top.
 */
export function gitReader(top: string): FileReader {
  return {
    async list(dir) {
      // -z: names as they are (without it git quotes non-ASCII names such as 表.hbs).
      const out = await git(top, ['ls-tree', '-z', '--name-only', objectName(dir)]);
      return out?.toString('utf8').split('\0').filter(Boolean).map((p) => p.split('/').pop()!);
    },
    entry: (root, rel) => gitEntry(top, root, rel),
    async read(path) {
      return (await git(top, ['cat-file', 'blob', objectName(path)])) ?? new Uint8Array();
    },
  };
}
