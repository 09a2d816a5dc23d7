import { randomBytes } from 'node:crypto';
import { readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { cacheHeader } from '../load/read-parse-cache.js';
import type { ParseCache } from '../parse/parse-cache.js';
import { makeFolder } from './make-folder.js';

/**
 * Save the entries this run used (older ones are dropped), through a temporary file and a rename
 * so that a concurrent run reads the old file or the new one, never half of one. A cache that
 * cannot be written costs time on the next run, nothing else: errors are ignored.
 */
export async function saveParseCache(file: string, buildId: string, cache: ParseCache): Promise<void> {
  if (cache.parsed.size === 0 && !cache.dropped && cache.used.size === cache.entries.size) return;
  const lines = [cacheHeader(buildId)];
  for (const key of cache.used) lines.push(`${key}\t${cache.entries.get(key)}`);
  const temporary = `${file}.${randomBytes(6).toString('hex')}`;
  try {
    await makeFolder(dirname(file), 0o700);
    await writeFile(temporary, lines.join('\n') + '\n', { mode: 0o600 });
    await rename(temporary, file);
    await removeLeftovers(file);
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

/** Temporary files of runs killed before their rename; a minute old, so none still being written. */
async function removeLeftovers(file: string): Promise<void> {
  const dir = dirname(file);
  const prefix = `${basename(file)}.`;
  for (const name of await readdir(dir)) {
    if (!name.startsWith(prefix) || !/\.[0-9a-f]{12}$/.test(name)) continue;
    const path = join(dir, name);
    const { mtimeMs } = await stat(path);
    if (Date.now() - mtimeMs > 60_000) await rm(path, { force: true });
  }
}
