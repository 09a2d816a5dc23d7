import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';
import { cacheDir } from './cache-dir.js';

/**
 * Where the parse cache of a policy folder lives: HOSHIN_CACHE_DIR, else the XDG cache folder
 * (~/.cache/hoshin), one file per folder. Outside the policy, so nothing appears in its git
 * status; the file holds the same text as the sources, readable by their owner only.
 */
export function parseCacheFile(dir: string, env: Record<string, string | undefined>): string {
  const key = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 16);
  return join(cacheDir(env), `parse-${key}.tsv`);
}
