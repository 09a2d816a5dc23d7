import { readFile } from 'node:fs/promises';

/** First line of a cache file: what wrote it; a file of another build is not read. */
export const cacheHeader = (buildId: string) => `hoshin-parse-cache\t${buildId}`;

/**
 * The parsed chunks an earlier run saved (cli/save-parse-cache.ts): one `hash<TAB>json` line
 * each. A missing, foreign or unreadable file is an empty cache, never an error.
 */
export async function readParseCache(file: string, buildId: string): Promise<Map<string, string>> {
  const chunks = new Map<string, string>();
  const text = await readFile(file, 'utf8').catch(() => '');
  const lines = text.split('\n');
  if (lines[0] !== cacheHeader(buildId)) return chunks;
  for (let i = 1; i < lines.length; i++) {
    const tab = lines[i].indexOf('\t');
    if (tab > 0) chunks.set(lines[i].slice(0, tab), lines[i].slice(tab + 1));
  }
  return chunks;
}
