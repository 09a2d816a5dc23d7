import { buildId } from '../assets.js';
import { readParseCache } from '../load/read-parse-cache.js';
import { createParseCache, type ParseCache } from '../parse/parse-cache.js';
import { parseCacheFile } from './parse-cache-file.js';
import { saveParseCache } from './save-parse-cache.js';

export interface ParseCacheSession {
  /** Undefined when caching is off: `--no-cache`, or hoshin running from its sources. */
  cache?: ParseCache;
  save(): Promise<void>;
}

/** The persistent parse cache of a policy folder for one run of build or check. */
export async function useParseCache(dir: string, env: Record<string, string | undefined>, enabled: boolean): Promise<ParseCacheSession> {
  const id = buildId();
  if (!enabled || !id) return { save: async () => undefined };
  const file = parseCacheFile(dir, env);
  const cache = createParseCache(await readParseCache(file, id));
  return { cache, save: () => saveParseCache(file, id, cache) };
}
