import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// This module sits one folder below the package root wherever it runs from: src/ (tests), lib/
// (the compiled modules) and bundle/ (the CLI as esbuild bundles it). So one relative URL finds
// hoshin's own files (templates/, schema/, package.json) from all three.
const ROOT = new URL('../', import.meta.url);

/** The file path of one of hoshin's shipped files, e.g. `templates/html/`. */
export function assetPath(relative: string): string {
  return fileURLToPath(new URL(relative, ROOT));
}

/** hoshin's version, from its package.json. */
export function hoshinVersion(): string {
  return (createRequire(ROOT)('./package.json') as { version: string }).version;
}

/**
 * The id scripts/bundle.mjs gives each build of the CLI, or undefined when hoshin runs from its
 * sources (tests), where no persistent cache is used.
 */
export function buildId(): string | undefined {
  try {
    return readFileSync(new URL('bundle/build-id', ROOT), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}
