import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from './usage-error.js';

/** The policy folder argument (default: the current folder); a missing folder is a usage error. */
export async function policyDir(positionals: string[], cwd: string): Promise<string> {
  if (positionals.length > 1) throw new UsageError(`フォルダは一つだけ指定してください（指定: ${positionals.join(' ')}）。`);
  const given = positionals[0] ?? '.';
  const dir = resolve(cwd, given);
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new UsageError(`フォルダ ${given} が見つかりません。`);
  if (!info.isDirectory()) throw new UsageError(`${given} はフォルダではありません。policy.yaml のあるフォルダを指定してください。`);
  return dir;
}
