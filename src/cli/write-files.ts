import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { UsageError } from './usage-error.js';

/**
 * Write files into a folder (made if missing) without ever leaving a half-written one: everything
 * is written into a hidden staging folder beside them first and only then renamed into place, so
 * a failure leaves the folder as it was. Other files in the folder are kept.
 */
export async function writeFiles(out: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const staging = join(out, `.hoshin-new-${process.pid}-${Date.now()}`);
  try {
    await mkdir(staging, { recursive: true });
    // Names may hold folders (public/…, internal/…): each is made before its files go in.
    for (const [name, content] of files) {
      await mkdir(dirname(join(staging, name)), { recursive: true });
      await writeFile(join(staging, name), content);
    }
    for (const name of files.keys()) {
      await mkdir(dirname(join(out, name)), { recursive: true });
      await rename(join(staging, name), join(out, name));
    }
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    throw new UsageError(`出力先 ${out} に書き込めませんでした（${text}）。`);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
