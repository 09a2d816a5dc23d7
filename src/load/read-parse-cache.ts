import { readOwnFile } from './read-own-file.js';

/** First line of a cache file: what wrote it; a file of another build is not read. */
export const cacheHeader = (buildId: string) => `hoshin-parse-cache\t${buildId}`;

/**
 * The entries an earlier run saved (cli/save-parse-cache.ts): one `hash<TAB>json` line
 * each. A missing, foreign or unreadable file is an empty cache, never an error; so is one another
 * user could have written (readOwnFile).
 */
export async function readParseCache(file: string, buildId: string): Promise<Map<string, string>> {
  const entries = new Map<string, string>();
  const text = readOwnFile(file)?.toString('utf8') ?? '';
  const lines = text.split('\n');
  if (lines[0] !== cacheHeader(buildId)) return entries;
  for (let i = 1; i < lines.length; i++) {
    const tab = lines[i].indexOf('\t');
    if (tab > 0) entries.set(lines[i].slice(0, tab), lines[i].slice(tab + 1));
  }
  return entries;
}
