import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './usage-error.js';

const OWN_ENTRIES = new Set(['public', 'internal', 'build.json']);

/** Only a folder that is empty or holds nothing but hoshin's own output may be replaced. */
async function assertReplaceable(out: string): Promise<void> {
  const entries = await readdir(out).catch(() => undefined);
  if (entries === undefined) {
    if (await stat(out).catch(() => undefined)) throw new UsageError(`出力先 ${out} はフォルダではありません。`);
    return;
  }
  const foreign = entries.filter((e) => !OWN_ENTRIES.has(e));
  if (foreign.length > 0) {
    throw new UsageError(`出力先 ${out} には hoshin の出力ではないもの（${foreign.slice(0, 3).join('、')}）があるため、上書きしません。空のフォルダか新しいフォルダを指定してください。`);
  }
}

/**
 * Clear what a killed build left beside the output: its half-written staging folder, and — if it
 * died between the two renames — put the previous output back.
 */
async function recoverInterrupted(out: string): Promise<void> {
  const parent = dirname(out);
  const prefix = `${basename(out)}.hoshin-`;
  const leftovers = ((await readdir(parent).catch(() => [])) as string[]).filter((n) => n.startsWith(prefix)).sort();
  const outExists = await stat(out).then(() => true, () => false);
  const retired = leftovers.filter((n) => n.startsWith(`${prefix}old-`));
  if (!outExists && retired.length > 0) await rename(join(parent, retired[retired.length - 1]), out);
  for (const name of await readdir(parent).catch(() => [] as string[])) {
    if (name.startsWith(prefix)) await rm(join(parent, name), { recursive: true, force: true });
  }
}

/**
 * Write every file into a fresh sibling folder, then swap it in with renames, so a failed or
 * killed build leaves the previous output as it was.
 */
export async function writeTree(out: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  await recoverInterrupted(out);
  await assertReplaceable(out);
  const stamp = `${process.pid}-${Date.now()}`;
  const staging = `${out}.hoshin-new-${stamp}`;
  const retired = `${out}.hoshin-old-${stamp}`;
  try {
    await mkdir(staging, { recursive: true });
    const folders = new Set([...files.keys()].map((rel) => dirname(join(staging, rel))));
    for (const folder of folders) await mkdir(folder, { recursive: true });
    // All at once: the writes go to libuv's thread pool side by side instead of one after another.
    // Settled before a failure is thrown, so that no write is still going when the staging folder is removed.
    const writes = await Promise.allSettled([...files].map(([rel, content]) => writeFile(join(staging, rel), content)));
    for (const write of writes) if (write.status === 'rejected') throw write.reason;
    const existed = await stat(out).then(() => true, () => false);
    if (existed) await rename(out, retired);
    await rename(staging, out);
    if (existed) await rm(retired, { recursive: true, force: true });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    const text = error instanceof Error ? error.message : String(error);
    throw new UsageError(`出力先 ${out} に書き込めませんでした（${text}）。以前の出力はそのままです。`);
  }
}
