import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Where the parse cache of a policy folder lives: HOSHIN_CACHE_DIR, else the XDG cache folder
 * (~/.cache/hoshin), one file per folder. Outside the policy, so nothing appears in its git
 * status; the file holds the same text as the sources, readable by their owner only.
 */
export function parseCacheFile(dir: string, env: Record<string, string | undefined>): string {
  const base = env.HOSHIN_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'hoshin');
  const key = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 16);
  return join(base, `parse-${key}.tsv`);
}
