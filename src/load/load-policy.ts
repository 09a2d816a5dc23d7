import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assetPath } from '../assets.js';
import { diagnostic, type Diagnostic, type Place } from '../diagnostic.js';
import { isInsideFolder } from '../validate/is-inside-folder.js';
import type { ParseCache } from '../parse/parse-cache.js';
import { parseManifest } from '../validate/parse-manifest.js';
import { fsReader, type FileReader } from './file-reader.js';
import { findFile, MAX_SOURCE_BYTES } from './find-file.js';
import type { PolicyFiles } from './policy-files.js';
import { MANIFEST_NAMES } from './policy-inputs.js';
import { readText } from './read-text.js';

const BUILTIN_TEMPLATES = assetPath('templates/');

/**
 * The most one policy may read (manifest, sources, its own templates): two files at the per-file
 * limit, four times the largest real policies (~2 MB). A build took 336 MB at 2 MB of Markdown and
 * 807 MB at 6 MB (~120 MB more per MB), so 8 MB stays near 1 GB where 32 MB would take ~4 GB.
 */
export const MAX_POLICY_BYTES = 2 * MAX_SOURCE_BYTES;

/** A file found to be read: as what, and where a message about it points. */
interface Planned {
  path: string;
  size: number;
  place: () => Place;
  into: { sources: string } | { templates: string };
}

/** Source paths the manifest lists (first mention each), read leniently (validation reports what is wrong with them). */
function listedSources(data: unknown): Array<{ rel: string; at: Array<string | number> }> {
  const documents = (data as { documents?: unknown })?.documents;
  if (!Array.isArray(documents)) return [];
  const seen = new Set<string>();
  return documents.flatMap((d, i) =>
    (Array.isArray(d?.sources) ? (d.sources as unknown[]) : []).flatMap((rel, s) => {
      if (typeof rel !== 'string' || seen.has(rel)) return [];
      seen.add(rel);
      return [{ rel, at: ['documents', i, 'sources', s] }];
    }),
  );
}

/** hoshin's own templates, from where it is installed (trusted: no policy can change them). */
async function readBuiltinTemplates(files: PolicyFiles): Promise<void> {
  const names = (await readdir(BUILTIN_TEMPLATES)).filter((n) => n.endsWith('.hbs')).sort();
  for (const name of names) {
    const result = await readText(join(BUILTIN_TEMPLATES, name), readFile);
    if ('file' in result) files.templates.set(name.slice(0, -4), result.file);
    else files.diagnostics.push(result.diagnostic);
  }
}

/** The policy's templates/*.hbs, found (not read) into `planned`. */
async function findTemplates(dir: string, reader: FileReader, planned: Planned[], diagnostics: Diagnostic[]): Promise<void> {
  const folder = await findFile(dir, 'templates', reader);
  if ('diagnostic' in folder) diagnostics.push(folder.diagnostic);
  if (!('missing' in folder)) return;
  const names = ((await reader.list(join(dir, 'templates'))) ?? []).filter((n) => n.endsWith('.hbs')).sort();
  const found = await Promise.all(names.map((name) => findFile(dir, `templates/${name}`, reader)));
  found.forEach((result, i) => {
    if ('diagnostic' in result) diagnostics.push(result.diagnostic);
    else if ('path' in result) planned.push({ ...result, place: () => ({ file: result.path, line: 1, column: 1 }), into: { templates: names[i].slice(0, -4) } });
  });
}

/**
 * Read a policy folder: manifest, the Markdown it lists, templates. The pipeline's only reader; the
 * folder may be on disk or in a git revision (see resolve-side.ts). Everything is found first and
 * read only if the whole stays within MAX_POLICY_BYTES; nothing behind a symlink is ever read.
 */
export async function loadPolicy(dir: string, reader: FileReader = fsReader, cache?: ParseCache): Promise<PolicyFiles> {
  const unread = new Set<string>();
  const files: PolicyFiles = { dir, sources: new Map(), missing: new Set(), unread, templates: new Map(), diagnostics: [] };
  // In MANIFEST_NAMES's order, not the folder's (which differs between file systems and git).
  const names = (await reader.list(dir)) ?? [];
  const name = MANIFEST_NAMES.find((n) => names.includes(n));
  const found = name === undefined ? undefined : await findFile(dir, name, reader);
  if (found && 'diagnostic' in found) files.diagnostics.push(found.diagnostic);
  if (!found || !('path' in found)) {
    if (!found || 'missing' in found) {
      const message = 'policy.yaml が見つかりません。ポリシーのフォルダを指定するか、hoshin init で作成してください。';
      files.diagnostics.push(diagnostic({ file: join(dir, name ?? 'policy.yaml'), line: 1, column: 1 }, 'error', 'manifest-missing', message));
    }
    return files;
  }
  const manifest = await readText(found.path, reader.read);
  if (!('file' in manifest)) {
    files.diagnostics.push(manifest.diagnostic);
    return files;
  }
  files.manifest = manifest.file;
  const parsed = parseManifest(manifest.file, cache);
  const planned: Planned[] = [];
  const listed = listedSources(parsed.data).filter(({ rel }) => isInsideFolder(rel));
  const sources = await Promise.all(listed.map(({ rel, at }) => findFile(dir, rel, reader, () => parsed.placeOf(at))));
  sources.forEach((result, i) => {
    const { rel, at } = listed[i];
    if ('diagnostic' in result) {
      files.diagnostics.push(result.diagnostic);
      unread.add(rel);
    } else if ('missing' in result) files.missing.add(rel);
    else planned.push({ ...result, place: () => parsed.placeOf(at), into: { sources: rel } });
  });
  await findTemplates(dir, reader, planned, files.diagnostics);
  // Nothing more is read from a policy that is too large as a whole: not even the first MB of it.
  let total = found.size;
  for (const file of planned) {
    total += file.size;
    if (total > MAX_POLICY_BYTES) {
      const all = planned.reduce((sum, f) => sum + f.size, found.size);
      const [mb, limit] = [(all / 1024 / 1024).toFixed(1), MAX_POLICY_BYTES / 1024 / 1024];
      const message = `ポリシーのファイル（policy.yaml、sources、templates）が合計 ${mb} MB あり、上限の ${limit} MB を超えています（このファイルで超えました）。不要なファイルを sources から外すか、ポリシーを分けてください。`;
      files.diagnostics.push(diagnostic(file.place(), 'error', 'policy-too-large', message));
      for (const { into } of planned) if ('sources' in into) unread.add(into.sources);
      return files;
    }
  }
  // Built-in templates first: the policy's own, read next, override them.
  await readBuiltinTemplates(files);
  for (const file of planned) {
    const result = await readText(file.path, reader.read);
    if (!('file' in result)) {
      files.diagnostics.push(result.diagnostic);
      if ('sources' in file.into) unread.add(file.into.sources);
    } else if ('sources' in file.into) files.sources.set(file.into.sources, result.file);
    else files.templates.set(file.into.templates, result.file);
  }
  return files;
}
