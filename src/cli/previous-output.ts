import { constants } from 'node:fs';
import { access, lstat, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fsErrorText } from './fs-error-text.js';
import { UsageError } from './usage-error.js';

/** Something a person put into an earlier output (build.json does not list it): kept as it is. */
export interface KeptEntry {
  /** Relative to the output folder, / separators. */
  path: string;
  kind: 'file' | 'link' | 'folder';
}

export interface PreviousOutput {
  exists: boolean;
  kept: KeptEntry[];
}

/** The paths an earlier build recorded, or undefined when build.json is not hoshin's. */
async function listedOutputs(file: string): Promise<Set<string> | undefined> {
  try {
    const record = JSON.parse(await readFile(file, 'utf8')) as { hoshin?: unknown; outputs?: unknown };
    if (typeof record.hoshin !== 'string' || !Array.isArray(record.outputs)) return undefined;
    return new Set(record.outputs.map((o: { path?: unknown }) => o?.path).filter((p): p is string => typeof p === 'string'));
  } catch {
    return undefined;
  }
}

/**
 * What is in the output folder before a build replaces it. hoshin replaces only what an earlier
 * build wrote (listed in its build.json); everything else is kept. A folder that holds things but
 * no build.json of hoshin's is refused, and so is one whose folders cannot all be written — its
 * files could not be removed after the swap, which would leave two outputs.
 */
export async function readPreviousOutput(out: string, shown: string): Promise<PreviousOutput> {
  const info = await lstat(out).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  if (!info) return { exists: false, kept: [] };
  if (!info.isDirectory()) throw new UsageError(`出力先 ${shown} はフォルダではありません。`);
  const top = await readdir(out);
  if (top.length === 0) return { exists: true, kept: [] };
  const listed = top.includes('build.json') ? await listedOutputs(join(out, 'build.json')) : undefined;
  if (!listed && top.includes('build.json')) {
    throw new UsageError(`出力先 ${shown} の build.json が hoshin の記録として読めないため、上書きしません。空のフォルダか新しいフォルダを指定してください。`);
  }
  if (!listed) {
    const names = top.slice(0, 3).join('、');
    throw new UsageError(`出力先 ${shown} には hoshin の出力ではないもの（${names}）があるため、上書きしません。空のフォルダか新しいフォルダを指定してください。`);
  }
  const kept: KeptEntry[] = [];
  const unwritable: string[] = [];
  // Every folder must be writable: after the swap the previous tree is removed, file by file.
  const walk = async (rel: string): Promise<void> => {
    const folder = join(out, rel);
    if (!(await access(folder, constants.W_OK).then(() => true, () => false))) unwritable.push(rel || '.');
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
    if (rel !== '' && entries.length === 0) kept.push({ path: rel, kind: 'folder' });
    for (const entry of entries) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path);
      else if (path !== 'build.json' && !listed.has(path)) kept.push({ path, kind: entry.isSymbolicLink() ? 'link' : 'file' });
    }
  };
  await walk('');
  if (unwritable.length > 0) {
    const where = unwritable.slice(0, 3).map((rel) => (rel === '.' ? shown : `${shown}/${rel}`)).join('、');
    throw new UsageError(`出力先の ${where} に書き込めないため（${fsErrorText({ code: 'EACCES' })}）、出力しませんでした。以前の出力はそのままです。書き込めるようにしてから、もう一度実行してください。`);
  }
  return { exists: true, kept };
}
