import { homedir } from 'node:os';
import { join } from 'node:path';

/** hoshin's own cache folder: HOSHIN_CACHE_DIR, else the XDG cache folder (~/.cache/hoshin). */
export function cacheDir(env: Record<string, string | undefined>): string {
  return env.HOSHIN_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'hoshin');
}
