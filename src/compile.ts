import { checkPolicy } from './check/check-policy.js';
import type { Diagnostic } from './diagnostic.js';
import { sortDiagnostics } from './diagnostic.js';
import type { PolicyFiles } from './load/policy-files.js';
import type { ParseCache } from './parse/parse-cache.js';
import { readDocument } from './model/read-document.js';
import { toPolicy } from './model/to-policy.js';
import type { Block, Policy } from './model/types.js';
import { checkManifest } from './validate/check-manifest.js';
import type { Manifest } from './validate/manifest.js';
import { parseManifest } from './validate/parse-manifest.js';
import { validateManifest } from './validate/validate-manifest.js';

export interface Compilation {
  manifest?: Manifest;
  /** Both editions, present whenever the manifest was valid (even if the text has errors). */
  internal?: Policy;
  public?: Policy;
  diagnostics: Diagnostic[];
}

/**
 * The whole pure pipeline: files → validated manifest → model of both editions → checks. A parse
 * cache only saves time: the result is the same with it or without.
 */
export function compile(files: PolicyFiles, cache?: ParseCache): Compilation {
  const diagnostics: Diagnostic[] = [...files.diagnostics];
  if (!files.manifest) return { diagnostics: sortDiagnostics(diagnostics) };
  const parsed = parseManifest(files.manifest);
  diagnostics.push(...parsed.diagnostics);
  const { manifest, diagnostics: schemaProblems } = validateManifest(parsed);
  diagnostics.push(...schemaProblems);
  if (!manifest) return { diagnostics: sortDiagnostics(diagnostics) };
  diagnostics.push(...checkManifest(manifest, parsed, files.missing));
  const trees = new Map<string, Block[]>();
  for (const spec of manifest.documents) {
    if (!trees.has(spec.id)) trees.set(spec.id, readDocument(spec, manifest, files, diagnostics, cache));
  }
  const internal = toPolicy(manifest, trees, 'internal', diagnostics);
  const published = toPolicy(manifest, trees, 'public', []);
  diagnostics.push(...checkPolicy({ internal, public: published }));
  return { manifest, internal, public: published, diagnostics: sortDiagnostics(diagnostics) };
}
