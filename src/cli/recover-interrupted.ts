import { lstat, readdir, rename } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { fsErrorText } from './fs-error-text.js';
import { processAlive } from './process-alive.js';
import { removeLeftover } from './remove-leftover.js';

/** The name of a folder a build makes beside `out`: its staging folder, or the previous output during the swap. */
export function leftoverName(out: string, kind: 'new' | 'old', stamp: string): string {
  return `${out}.hoshin-${kind}-${stamp}`;
}

/**
 * Clear what a killed build left beside the output (called with the output locked): its
 * half-written staging folder, and — if it died between the two renames — put the previous output
 * back. Only names of exactly hoshin's pattern whose process has ended are touched: a user's
 * `dist.hoshin-notes` or a running build's staging folder is never removed.
 */
export async function recoverInterrupted(out: string, notice: (text: string) => void): Promise<void> {
  const parent = dirname(out);
  const base = basename(out);
  const leftovers = (await readdir(parent))
    .flatMap((name) => {
      const match = name.startsWith(base) ? /^\.hoshin-(new|old)-(\d+)-(\d+)$/.exec(name.slice(base.length)) : null;
      if (!match) return [];
      const pid = Number(match[2]);
      if (pid !== process.pid && processAlive(pid)) return [];
      return [{ name, kind: match[1], time: Number(match[3]) }];
    })
    .sort((a, b) => a.time - b.time);
  const outExists = await lstat(out).then(() => true, () => false);
  const retired = leftovers.filter((l) => l.kind === 'old').at(-1);
  if (!outExists && retired) {
    await rename(join(parent, retired.name), out);
    leftovers.splice(leftovers.indexOf(retired), 1);
  }
  for (const leftover of leftovers) {
    const error = await removeLeftover(join(parent, leftover.name));
    if (error) notice(`hoshin: 以前のビルドが残したフォルダ ${join(parent, leftover.name)} を削除できませんでした（${fsErrorText(error)}）。出力には影響しません。\n`);
  }
}
