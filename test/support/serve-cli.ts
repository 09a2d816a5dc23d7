import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './build-example.js';

const BIN = join(ROOT, 'bin', 'hoshin.js');

export interface Served {
  child: ChildProcessWithoutNullStreams;
  url: string;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

/** Start the real `hoshin serve` (bin/hoshin.js) and wait for the line with its address. */
export async function serveCli(dir: string, cacheDir: string, ...args: string[]): Promise<Served> {
  const { HOSHIN_DEBUG: _debug, ...env } = process.env;
  const child = spawn(process.execPath, [BIN, 'serve', dir, ...args], { env: { ...env, NO_COLOR: '1', HOSHIN_CACHE_DIR: cacheDir } });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const found = /(http:\/\/\S+\/) で表示しています/.exec(stdout);
      if (found) resolve(found[1]);
    });
    void exited.then((code) => reject(new Error(`hoshin serve exited (${code}): ${stderr}`)));
    setTimeout(() => reject(new Error(`hoshin serve did not start: ${stdout} ${stderr}`)), 15_000);
  });
  return { child, url, stdout: () => stdout, stderr: () => stderr, exited };
}
