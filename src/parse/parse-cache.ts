import type { Diagnostic } from '../diagnostic.js';
import type { Block } from '../model/types.js';

/**
 * Parsed chunks by the hash of their text, as JSON (so every use gets a tree of its own to
 * expand and shift). load/ fills it from disk and cli/ saves it when a run `parsed` anything or
 * left entries unused; `hoshin serve` keeps one for its whole life.
 */
export interface ParseCache {
  readonly chunks: Map<string, string>;
  readonly used: Set<string>;
  readonly parsed: Set<string>;
  /**
   * In processes that compile again and again (build --watch, serve): each document's blocks by
   * the hash of everything they are read from, so an unchanged document is not read again.
   */
  readonly documents?: Map<string, { blocks: Block[]; diagnostics: Diagnostic[] }>;
}

export function createParseCache(chunks: Map<string, string> = new Map(), options: { documents?: boolean } = {}): ParseCache {
  return { chunks, used: new Set(), parsed: new Set(), documents: options.documents ? new Map() : undefined };
}
