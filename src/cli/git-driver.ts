import { readFile, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { compile } from '../compile.js';
import { hasErrors } from '../diagnostic.js';
import { diffPolicies } from '../diff/diff-policies.js';
import { presentText } from '../diff/present-text.js';
import { toSummary } from '../diff/to-summary.js';
import { fsReader } from '../load/file-reader.js';
import { loadPolicy } from '../load/load-policy.js';
import { overlayReader } from '../load/overlay-reader.js';
import type { Io } from './io.js';
import { visibleControls } from '../visible-controls.js';
import { UsageError } from './usage-error.js';

async function policyFolderOf(file: string): Promise<string | undefined> {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    for (const name of ['policy.yaml', 'policy.yml', 'policy.json']) if (await stat(join(dir, name)).catch(() => undefined)) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

const SYMLINK_MODE = '120000';

const readSide = (path: string) => (path === '/dev/null' ? Promise.resolve(undefined) : readFile(path));

/**
 * `git diff` with `diff=hoshin` in .gitattributes calls this as an external diff driver:
 * `path old-file old-hex old-mode new-file new-hex new-mode`. The changed file is swapped into the
 * work tree's policy on each side and the two policies are compared section by section; a file
 * outside any policy, or a side that does not compile, gets an ordinary unified diff.
 */
export async function gitDriver(args: string[], io: Io): Promise<number> {
  if (args.length < 7) throw new UsageError('--git-driver は git から呼ばれるためのものです（docs/revisions.md を参照）。');
  const [path, oldFile, , oldMode, newFile, , newMode] = args;
  const file = resolve(io.cwd, path);
  const [oldBytes, newBytes] = [await readSide(oldFile), await readSide(newFile)];
  // A symlink's side is the link's target as text, not a file of the policy: shown as git shows it.
  const symlink = oldMode === SYMLINK_MODE || newMode === SYMLINK_MODE;
  const dir = symlink ? undefined : await policyFolderOf(file);
  if (dir) {
    const [a, b] = await Promise.all(
      [oldBytes, newBytes].map(async (bytes) => compile(await loadPolicy(dir, overlayReader(fsReader, new Map([[file, bytes]]))))),
    );
    if (!hasErrors(a.diagnostics) && !hasErrors(b.diagnostics) && a.internal && b.internal) {
      const summary = toSummary(diffPolicies({ policy: a.internal, manifest: a.manifest! }, { policy: b.internal, manifest: b.manifest! }));
      summary.documents = summary.documents.filter((d) => d.status !== 'unchanged');
      // A file the policy does not use (notes, README) changes nothing in it: show it plainly.
      if (summary.documents.length > 0 || summary.meta.length > 0) {
        io.stdout(`hoshin diff ${visibleControls(path)}\n` + presentText(summary, { color: io.color }));
        return 0;
      }
    }
  }
  const text = (bytes: Uint8Array | undefined) => (bytes ? Buffer.from(bytes).toString('utf8') : '');
  // As git shows a file, but with its control characters visible (a CR that ends a line stays).
  const patch = createTwoFilesPatch(`a/${path}`, `b/${path}`, text(oldBytes), text(newBytes));
  io.stdout(patch.split('\n').map((line) => visibleControls(line.replace(/\r$/, '')) + (line.endsWith('\r') ? '\r' : '')).join('\n'));
  return 0;
}
