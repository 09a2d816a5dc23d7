import { createHash } from 'node:crypto';
import type { Diagnostic } from '../diagnostic.js';
import type { Block } from '../model/types.js';

/**
 * Results of the costly pure steps of reading a policy — parsed Markdown chunks, the parsed
 * manifest, template runs — by kind and the hash of their input, as JSON (so every use gets
 * objects of its own to change). load/ fills it from disk and cli/ saves it when a run `parsed`
 * anything or left entries unused; `hoshin serve` and `build --watch` keep one for their life.
 */
export interface ParseCache {
  readonly entries: Map<string, string>;
  readonly used: Set<string>;
  readonly parsed: Set<string>;
  /** Entries were dropped since the cache was read (see nextRun): the saved file is out of date. */
  dropped: boolean;
  /**
   * In processes that compile again and again (build --watch, serve): each document's blocks by
   * the hash of everything they are read from, so an unchanged document is not read again.
   */
  readonly documents?: Map<string, { blocks: Block[]; diagnostics: Diagnostic[]; grown: number }>;
}

export function createParseCache(entries: Map<string, string> = new Map(), options: { documents?: boolean } = {}): ParseCache {
  return { entries, used: new Set(), parsed: new Set(), dropped: false, documents: options.documents ? new Map() : undefined };
}

/**
 * Before each compile of a process that compiles again and again: drop what the previous compile
 * did not use (older versions of edited chunks), so a long `hoshin serve` does not grow.
 */
export function nextRun(cache: ParseCache): void {
  if (cache.used.size === 0) return;
  for (const key of cache.entries.keys()) {
    if (!cache.used.has(key)) {
      cache.entries.delete(key);
      cache.dropped = true;
    }
  }
  cache.used.clear();
}

/**
 * What `compute` gives for `input`, from the cache when it holds it (a damaged entry counts as
 * missing). `compute` must be a pure function of `input` and give JSON-safe data.
 */
export function remember<T>(cache: ParseCache | undefined, kind: string, input: string, compute: () => T): T {
  if (!cache) return compute();
  const key = `${kind}:${createHash('sha1').update(input).digest('base64url')}`;
  cache.used.add(key);
  const json = cache.entries.get(key);
  if (json !== undefined) {
    try {
      return JSON.parse(json) as T;
    } catch {
      // Written by a run that was stopped half-way, or edited by hand: made again below.
    }
  }
  const value = compute();
  cache.entries.set(key, JSON.stringify(value));
  cache.parsed.add(key);
  return value;
}
