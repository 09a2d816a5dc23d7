import { buildId } from '../assets.js';
import { readParseCache } from '../load/read-parse-cache.js';
import { createParseCache, type ParseCache } from '../parse/parse-cache.js';
import { parseCacheFile } from './parse-cache-file.js';
import { saveParseCache } from './save-parse-cache.js';

export interface ParseCacheSession {
  /** Undefined when caching is off (`--no-cache`, or hoshin running from its sources) in a run that is not long. */
  cache?: ParseCache;
  save(): Promise<void>;
}

/**
 * The persistent parse cache of a policy folder for one run of build, check or serve; a `long`
 * run (build --watch, serve) also keeps what it read of each document in memory.
 */
export async function useParseCache(dir: string, env: Record<string, string | undefined>, enabled: boolean, long = false): Promise<ParseCacheSession> {
  const id = buildId();
  if (!enabled || !id) return { cache: long ? createParseCache(new Map(), { documents: true }) : undefined, save: async () => undefined };
  const file = parseCacheFile(dir, env);
  const cache = createParseCache(await readParseCache(file, id), { documents: long });
  return { cache, save: () => saveParseCache(file, id, cache) };
}
