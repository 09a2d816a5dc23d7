/**
 * Parsed chunks by the hash of their text, as JSON (so every use gets a tree of its own to
 * expand and shift). load/ fills it from disk and cli/ saves it when a run `parsed` anything or
 * left entries unused; `hoshin serve` keeps one for its whole life.
 */
export interface ParseCache {
  readonly chunks: Map<string, string>;
  readonly used: Set<string>;
  readonly parsed: Set<string>;
}

export function createParseCache(chunks: Map<string, string> = new Map()): ParseCache {
  return { chunks, used: new Set(), parsed: new Set() };
}
