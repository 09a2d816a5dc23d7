import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './build-example.js';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run the real `hoshin` executable (bin/hoshin.js over lib/) as a user would. */
export function runCli(args: string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliResult {
  const result = spawnSync(process.execPath, [join(ROOT, 'bin', 'hoshin.js'), ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
