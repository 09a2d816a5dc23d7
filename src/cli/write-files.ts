import { lstat, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fsErrorText } from './fs-error-text.js';
import { makeFolder } from './make-folder.js';
import { UsageError } from './usage-error.js';

/**
 * Write files into a folder (made if missing) without ever leaving a half-written one: everything
 * is written into a hidden staging folder beside them first and only then renamed into place, so
 * a failure leaves the folder as it was. Other files in the folder are kept.
 */
export async function writeFiles(out: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const staging = join(out, `.hoshin-new-${process.pid}-${Date.now()}`);
  try {
    // Not mkdir's recursive option: it loops forever under /proc/self (see make-folder.ts).
    await makeFolder(staging);
    // Names may hold folders (public/…, internal/…): each is made before its files go in.
    for (const [name, content] of files) {
      await makeFolder(dirname(join(staging, name)));
      await writeFile(join(staging, name), content);
    }
    // Every place is made and looked at before the first rename: a folder (or a file where a
    // folder goes) in the way of one output would otherwise stop the renames halfway, leaving
    // new files beside old ones of another comparison.
    for (const name of files.keys()) {
      await makeFolder(dirname(join(out, name)));
      if ((await lstat(join(out, name)).catch(() => undefined))?.isDirectory()) {
        throw new UsageError(`出力先の ${join(out, name)} はフォルダのため、出力できませんでした。出力先のファイルは変えていません。`);
      }
    }
    for (const name of files.keys()) await rename(join(staging, name), join(out, name));
  } catch (error) {
    throw error instanceof UsageError ? error : new UsageError(`出力先 ${out} に書き込めませんでした（${fsErrorText(error)}）。出力先のファイルは変えていません。`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
