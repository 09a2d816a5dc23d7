import { copyFile, link, mkdir, readlink, rename, symlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fsErrorText } from './fs-error-text.js';
import { makeFolder } from './make-folder.js';
import { lockOutput, type OutputLock } from './output-lock.js';
import { readPreviousOutput, type KeptEntry, type PreviousOutput } from './previous-output.js';
import { realPath } from './real-path.js';
import { leftoverName, recoverInterrupted } from './recover-interrupted.js';
import { removeLeftover } from './remove-leftover.js';
import { UsageError } from './usage-error.js';

type Files = ReadonlyMap<string, string | Uint8Array>;

export interface WriteTreeOptions {
  /** The output folder as the user wrote it, for messages. */
  shown: string;
  /** Says something on stderr without failing the build (waiting for a lock, a leftover kept). */
  notice: (text: string) => void;
}

/** Every folder above the given relative paths, parents first. */
function foldersOf(paths: Iterable<string>): string[] {
  const folders = new Set<string>();
  for (const path of paths) for (let d = dirname(path); d !== '.' && !folders.has(d); d = dirname(d)) folders.add(d);
  return [...folders].sort((a, b) => a.split('/').length - b.split('/').length);
}

/** Kept entries a new output would overwrite, or that would sit where an output goes. */
function clashes(kept: readonly KeptEntry[], files: Files): string[] {
  const outputFolders = new Set(foldersOf(files.keys()));
  return kept
    .filter((k) => files.has(k.path) || (k.kind !== 'folder' && outputFolders.has(k.path)) || foldersOf([k.path]).some((f) => files.has(f)))
    .map((k) => k.path);
}

/** Put a kept entry into the staging folder: a hard link (a copy where links are not allowed). */
async function carry(entry: KeptEntry, from: string, to: string): Promise<void> {
  if (entry.kind === 'folder') await mkdir(to);
  else if (entry.kind === 'link') await symlink(await readlink(from), to);
  else await link(from, to).catch(() => copyFile(from, to));
}

/** Write the new tree beside the output: every file, and what a person put into the previous one. */
async function stage(staging: string, target: string, files: Files, previous: PreviousOutput, lock: OutputLock): Promise<void> {
  await mkdir(staging);
  for (const folder of foldersOf([...files.keys(), ...previous.kept.map((k) => k.path)])) await mkdir(join(staging, folder));
  // All at once: the writes go to libuv's thread pool side by side instead of one after another.
  // Settled before a failure is thrown, so that no write is still going when the staging folder is removed.
  const writes = await Promise.allSettled([...files].map(([rel, content]) => writeFile(join(staging, rel), content)));
  for (const write of writes) if (write.status === 'rejected') throw write.reason;
  for (const entry of previous.kept) await carry(entry, join(target, entry.path), join(staging, entry.path));
  // The lock may have been taken over by a build that thought this one dead (a reused pid).
  if (!(await lock.held())) throw new UsageError('別の hoshin が同じ出力先に書き込み始めたため、中止しました。以前の出力はそのままです。');
}

/**
 * Write every file into a fresh sibling folder, then swap it in with renames, so a failed or
 * killed build leaves the previous output as it was. The folder is locked while this runs; what
 * hoshin did not write (not in the previous build.json) is kept; messages say what state the
 * output is in.
 */
export async function writeTree(out: string, files: Files, { shown, notice }: WriteTreeOptions): Promise<void> {
  // Messages of UsageErrors are complete already; anything else is a file operation that failed.
  const failed = (error: unknown, state = '以前の出力はそのままです。') =>
    error instanceof UsageError ? error : new UsageError(`出力先 ${shown} に書き込めませんでした（${fsErrorText(error)}）。${state}`);
  let target: string;
  let lock: OutputLock;
  try {
    target = await realPath(out);
    await makeFolder(dirname(target));
    lock = await lockOutput(target, shown, notice);
  } catch (error) {
    throw failed(error);
  }
  try {
    await recoverInterrupted(target, notice);
    const previous = await readPreviousOutput(target, shown);
    const clashing = clashes(previous.kept, files);
    if (clashing.length > 0) {
      throw new UsageError(`出力先の ${clashing.slice(0, 3).map((p) => `${shown}/${p}`).join('、')} は hoshin が出力したもの（build.json に記録されたもの）ではないため、上書きしません。以前の出力はそのままです。別の場所に移してから、もう一度実行してください。`);
    }
    const stamp = `${process.pid}-${Date.now()}`;
    const staging = leftoverName(target, 'new', stamp);
    const retired = leftoverName(target, 'old', stamp);
    try {
      await stage(staging, target, files, previous, lock);
      if (previous.exists) await rename(target, retired);
    } catch (error) {
      await removeLeftover(staging);
      throw error;
    }
    try {
      await rename(staging, target);
    } catch (error) {
      const back = !previous.exists || (await rename(retired, target).then(() => true, () => false));
      await removeLeftover(staging);
      throw back ? error : failed(error, `以前の出力は ${retired} に移したままです（次のビルドが元に戻します）。`);
    }
    if (previous.exists) {
      const left = await removeLeftover(retired);
      if (left) notice(`hoshin: 新しい出力は ${shown} に書き込みました。以前の出力を移した ${retired} は削除できませんでした（${fsErrorText(left)}）。次のビルドがもう一度削除します。\n`);
    }
  } catch (error) {
    throw failed(error);
  } finally {
    await lock.release().catch(() => undefined);
  }
}
