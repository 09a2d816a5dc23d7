import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build-example.js';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** Run as this user (the tests of permissions run as root; root may write anywhere). */
  user?: { uid: number; gid: number };
  /** Kill the run after this many ms (status null): a hang fails the test instead of stopping it. */
  timeout?: number;
}

// The parse cache of test runs stays out of the developer's ~/.cache.
const CACHE = mkdtempSync(join(tmpdir(), 'hoshin-cache-'));

function environment(options: RunOptions): NodeJS.ProcessEnv {
  // A developer's HOSHIN_DEBUG or SOURCE_DATE_EPOCH must not change what the tests see.
  const { HOSHIN_DEBUG: _debug, SOURCE_DATE_EPOCH: _epoch, ...env } = process.env;
  return { ...env, NO_COLOR: '1', HOSHIN_CACHE_DIR: CACHE, ...options.env };
}

const BIN = join(ROOT, 'bin', 'hoshin.js');

/** Run the real `hoshin` executable (bin/hoshin.js over the bundle) as a user would. */
export function runCli(args: string[], options: RunOptions = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, encoding: 'utf8', env: environment(options), timeout: options.timeout, ...options.user });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The same, without blocking, so independent runs can overlap (it.concurrent). */
export function runCliAsync(args: string[], options: RunOptions = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, encoding: 'utf8', env: environment(options), maxBuffer: 64 * 1024 * 1024, timeout: options.timeout }, (error, stdout, stderr) => {
      const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ status, stdout, stderr });
    });
  });
}
