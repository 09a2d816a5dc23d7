import { join } from 'node:path';
import { assetPath } from '../assets.js';
import { diagnostic, type Diagnostic } from '../diagnostic.js';
import { isInsideFolder } from '../validate/is-inside-folder.js';
import type { ParseCache } from '../parse/parse-cache.js';
import { parseManifest } from '../validate/parse-manifest.js';
import { fsReader, type FileReader } from './file-reader.js';
import type { PolicyFiles, SourceFile } from './policy-files.js';
import { MANIFEST_NAMES } from './policy-inputs.js';
import { readText } from './read-text.js';

const BUILTIN_TEMPLATES = assetPath('templates/');

/** Source paths the manifest lists, read leniently (validation reports what is wrong with them). */
function listedSources(data: unknown): string[] {
  const documents = (data as { documents?: unknown })?.documents;
  if (!Array.isArray(documents)) return [];
  return documents.flatMap((d) => (Array.isArray(d?.sources) ? d.sources.filter((s: unknown): s is string => typeof s === 'string') : []));
}


async function readTemplates(dir: string, reader: FileReader, into: Map<string, SourceFile>, diagnostics: Diagnostic[]): Promise<void> {
  const names = ((await reader.list(dir)) ?? []).filter((n) => n.endsWith('.hbs')).sort();
  for (const name of names) {
    const result = await readText(join(dir, name), reader);
    if ('file' in result) into.set(name.slice(0, -4), result.file);
    else diagnostics.push(result.diagnostic);
  }
}

/**
 * Read a policy folder: manifest, the Markdown it lists, templates. The pipeline's only reader; the
 * folder may be on disk or in a git revision (see load-revision.ts).
 */
export async function loadPolicy(dir: string, reader: FileReader = fsReader, cache?: ParseCache): Promise<PolicyFiles> {
  const files: PolicyFiles = { dir, sources: new Map(), missing: new Set(), templates: new Map(), diagnostics: [] };
  const name = ((await reader.list(dir)) ?? []).find((n) => MANIFEST_NAMES.includes(n));
  if (!name) {
    files.diagnostics.push(
      diagnostic({ file: join(dir, 'policy.yaml'), line: 1, column: 1 }, 'error', 'manifest-missing', 'policy.yaml が見つかりません。ポリシーのフォルダを指定するか、hoshin init で作成してください。'),
    );
    return files;
  }
  const manifest = await readText(join(dir, name), reader);
  if (!('file' in manifest)) {
    files.diagnostics.push(manifest.diagnostic);
    return files;
  }
  files.manifest = manifest.file;
  for (const rel of new Set(listedSources(parseManifest(manifest.file, cache).data))) {
    if (!isInsideFolder(rel)) continue;
    const result = await readText(join(dir, rel), reader);
    if ('file' in result) files.sources.set(rel, result.file);
    else if (result.diagnostic.ruleId === 'source-missing') files.missing.add(rel);
    else files.diagnostics.push(result.diagnostic);
  }
  // Built-in templates always come from the installed hoshin, the policy's own from where it is read.
  await readTemplates(BUILTIN_TEMPLATES, fsReader, files.templates, files.diagnostics);
  await readTemplates(join(dir, 'templates'), reader, files.templates, files.diagnostics);
  return files;
}

