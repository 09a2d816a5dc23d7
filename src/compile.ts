import { createHash } from 'node:crypto';
import { checkPolicy } from './check/check-policy.js';
import { diagnostic, sortDiagnostics, type Diagnostic, type Place } from './diagnostic.js';
import { TemplateBudget } from './expand/template-budget.js';
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
 * Every document's blocks (readDocument). A process that compiles again and again keeps them in
 * the cache's `documents` by the hash of everything they are read from, and reads again only what
 * changed; the trees are never changed afterwards (editions are copies).
 */
function readDocuments(manifest: Manifest, files: PolicyFiles, diagnostics: Diagnostic[], cache: ParseCache | undefined, placeOf: (d: number) => Place): Map<string, Block[]> {
  const trees = new Map<string, Block[]>();
  const memo = cache?.documents;
  const shared = memo && JSON.stringify([files.manifest?.path, files.manifest?.value, [...files.templates].map(([name, t]) => [name, t.path, t.value])]);
  const kept: NonNullable<ParseCache['documents']> = new Map();
  // What templates add is bounded per document (TemplateBudget) and here over the whole policy, in
  // manifest order, so the same sources stop at the same document with the memo or without.
  let grown = 0;
  const overGrown = (d: number, add: number) => {
    grown += add;
    if (grown <= TemplateBudget.maxPolicyGrowth) return false;
    diagnostics.push(diagnostic(placeOf(d), 'error', 'template-too-large', TemplateBudget.policyGrowthMessage()));
    return true;
  };
  for (const [d, spec] of manifest.documents.entries()) {
    if (trees.has(spec.id)) continue;
    if (!memo) {
      const growth = new TemplateBudget();
      trees.set(spec.id, readDocument(spec, manifest, files, diagnostics, cache, growth));
      if (overGrown(d, growth.grown)) break;
      continue;
    }
    const sources = JSON.stringify([spec.id, spec.sources.map((rel) => [rel, files.sources.get(rel)?.path, files.sources.get(rel)?.value])]);
    const key = createHash('sha1').update(shared!).update(sources).digest('base64url');
    let read = memo.get(key);
    if (!read) {
      const problems: Diagnostic[] = [];
      const growth = new TemplateBudget();
      read = { blocks: readDocument(spec, manifest, files, problems, cache, growth), diagnostics: problems, grown: growth.grown };
    }
    kept.set(key, read);
    diagnostics.push(...read.diagnostics);
    trees.set(spec.id, read.blocks);
    if (overGrown(d, read.grown)) break;
  }
  if (memo) {
    memo.clear();
    for (const [key, read] of kept) memo.set(key, read);
  }
  return trees;
}

/**
 * The whole pure pipeline: files → validated manifest → model of both editions → checks. A parse
 * cache only saves time: the result is the same with it or without.
 */
export function compile(files: PolicyFiles, cache?: ParseCache): Compilation {
  const diagnostics: Diagnostic[] = [...files.diagnostics];
  if (!files.manifest) return { diagnostics: sortDiagnostics(diagnostics) };
  const parsed = parseManifest(files.manifest, cache);
  diagnostics.push(...parsed.diagnostics);
  const { manifest, diagnostics: schemaProblems } = validateManifest(parsed);
  diagnostics.push(...schemaProblems);
  if (!manifest) return { diagnostics: sortDiagnostics(diagnostics) };
  diagnostics.push(...checkManifest(manifest, parsed, files.missing));
  const trees = readDocuments(manifest, files, diagnostics, cache, (d) => parsed.placeOf(['documents', d]));
  const internal = toPolicy(manifest, trees, 'internal', diagnostics);
  const published = toPolicy(manifest, trees, 'public', []);
  diagnostics.push(...checkPolicy({ internal, public: published }));
  return { manifest, internal, public: published, diagnostics: sortDiagnostics(diagnostics) };
}
