// Starts the CLI bundle (bundle/hoshin.cjs, one CommonJS script) with V8's code cache, the
// bytecode of the functions an earlier run of the same command compiled, because Node 20 offers
// no compile cache for ES modules. With it `hoshin check` finishes ≈100 ms sooner and a 200 KB
// build ≈120 ms (docs/performance.md). bin/hoshin.js and the render thread start through here.
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { readOwnFile } from '../load/read-own-file.js';
import { cacheDir } from './cache-dir.js';
import { makeFolderSync } from './make-folder-sync.js';

/** What bundle/hoshin.cjs exports (src/cli/cli-bundle.ts). */
export interface CliBundle {
  main(argv: string[]): Promise<number>;
  serveRenders(rendered: () => void): void;
}

const BUNDLE = fileURLToPath(new URL('./hoshin.cjs', import.meta.url));
// One cache file per role: a run of `check` compiles other functions than a run of `build`.
const ROLES = new Set(['check', 'build', 'diff', 'serve', 'init', 'render-worker']);
const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest();

/**
 * Loads the bundle, using the code cache of `role` when there is a sound one. `saveCodeCache`
 * writes one when there was none (or V8 turned it down): call it once the run has compiled what
 * it needs. A cache that cannot be read or written only costs time.
 */
export function loadBundle(role: string, env: Record<string, string | undefined> = process.env, enabled = true): { bundle: CliBundle; saveCodeCache(): void } {
  const source = readFileSync(BUNDLE, 'utf8');
  // Keyed by the bundle's own bytes and the Node that runs it: V8 checks its version and flags
  // but only the length of the source, so a cache of another bundle must never be offered.
  const name = `code-${ROLES.has(role) ? role : 'other'}-`;
  const file = join(cacheDir(env), `${name}${sha256(`${process.version}\0${process.arch}\0${source}`).toString('hex').slice(0, 16)}.bin`);
  const cachedData = enabled ? readCodeCache(file) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE, cachedData });
  const module = { exports: {} as CliBundle };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  let saved = !enabled || (cachedData !== undefined && !script.cachedDataRejected);
  return {
    bundle: module.exports,
    saveCodeCache() {
      if (saved) return;
      saved = true;
      writeCodeCache(file, name, script.createCachedData());
    },
  };
}

/** The cache's bytes, if the file is whole (its first 32 bytes are the sha256 of the rest) and this user's own. */
function readCodeCache(file: string): Buffer | undefined {
  const bytes = readOwnFile(file);
  if (!bytes) return undefined;
  const data = bytes.subarray(32);
  return sha256(data).equals(bytes.subarray(0, 32)) ? data : undefined;
}

/** Through a temporary file and a rename; other caches of the same role (older bundles) go. */
function writeCodeCache(file: string, name: string, data: Buffer): void {
  const dir = dirname(file);
  const temporary = `${file}.${randomBytes(6).toString('hex')}`;
  try {
    makeFolderSync(dir, 0o700);
    writeFileSync(temporary, Buffer.concat([sha256(data), data]), { mode: 0o600 });
    renameSync(temporary, file);
    for (const other of readdirSync(dir)) if (other.startsWith(name) && join(dir, other) !== file) rmSync(join(dir, other), { force: true });
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing was written.
    }
  }
}

/** The CLI: bin/hoshin.js. `--no-cache` leaves every cache alone, this one too. */
export async function runCli(argv: string[]): Promise<number> {
  const { bundle, saveCodeCache } = loadBundle(argv[0] ?? '', process.env, !argv.includes('--no-cache'));
  const code = await bundle.main(argv);
  saveCodeCache();
  return code;
}
