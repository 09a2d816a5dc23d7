import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { processAlive } from './process-alive.js';
import { UsageError } from './usage-error.js';

/** How long a build waits for another one writing into the same folder before it gives up. */
const WAIT_MS = 120_000;
const POLL_MS = 100;
/** A lock file still empty after this long was left by a process that died while making it. */
const EMPTY_STALE_MS = 10_000;

export interface OutputLock {
  /** Whether the lock file is still this process's (another build may have taken it over). */
  held(): Promise<boolean>;
  release(): Promise<void>;
}

/** The holder written in a lock file, or why it no longer counts. */
async function holderOf(path: string): Promise<{ pid: number; host: string } | 'stale' | 'gone'> {
  const text = await readFile(path, 'utf8').catch(() => undefined);
  if (text === undefined) return 'gone';
  const match = /^(\d+) (.*)\n$/.exec(text);
  if (!match) {
    // Being written this very moment, or left half-made by a process that died.
    const info = await stat(path).catch(() => undefined);
    return info && Date.now() - info.mtimeMs > EMPTY_STALE_MS ? 'stale' : { pid: 0, host: '' };
  }
  const pid = Number(match[1]);
  // This process's pid in a lock it does not hold: left by an earlier process of the same number
  // (containers start every run at the same few pids).
  if (match[2] === hostname() && (pid === process.pid || !processAlive(pid))) return 'stale';
  return { pid, host: match[2] };
}

/**
 * Lock the output folder `out` (a real path) against other hoshin builds: the file `out.hoshin-lock`
 * holds the pid and host name. A second build waits for the first to finish writing; a lock left
 * by a process that died is taken over.
 */
export async function lockOutput(out: string, shown: string, notice: (text: string) => void): Promise<OutputLock> {
  const path = `${out}.hoshin-lock`;
  const own = `${process.pid} ${hostname()}\n`;
  const deadline = Date.now() + WAIT_MS;
  let told = false;
  for (;;) {
    const made = await writeFile(path, own, { flag: 'wx' }).then(
      () => true,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') return false;
        throw error;
      },
    );
    if (made) break;
    const holder = await holderOf(path);
    if (holder === 'gone') continue;
    if (holder === 'stale') {
      await rm(path, { force: true });
      continue;
    }
    const who = holder.pid ? `別の hoshin（${holder.host === hostname() ? '' : `${holder.host} の`}プロセス ${holder.pid}）` : '別の hoshin';
    if (Date.now() > deadline) {
      throw new UsageError(`出力先 ${shown} には${who}が書き込み中のため、出力できませんでした。以前の出力はそのままです。その hoshin が終わってから、もう一度実行してください（動いていなければ ${path} を削除してください）。`);
    }
    if (!told) notice(`hoshin: 出力先 ${shown} には${who}が書き込み中です。終わるのを待っています。\n`);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const held = async () => (await readFile(path, 'utf8').catch(() => undefined)) === own;
  return {
    held,
    async release() {
      if (await held()) await rm(path, { force: true });
    },
  };
}
