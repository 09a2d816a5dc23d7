// Build step: the CLI as a few esbuild chunks in bundle/ (one per command plus shared code), so a
// start reads and compiles a handful of files instead of resolving several hundred small ES
// modules (≈250 ms of `hoshin check` before). Built from lib/, where the schema validator is
// generated; bin/hoshin.js runs bundle/main.js. Files stay one folder below the package root, as
// src/assets.ts expects.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'bundle');
rmSync(outdir, { recursive: true, force: true });
const { outputFiles } = await build({
  entryPoints: { main: join(root, 'lib', 'cli', 'main.js'), 'render-worker': join(root, 'lib', 'cli', 'render-worker.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]',
  legalComments: 'none',
  minify: true,
  keepNames: true,
  logLevel: 'warning',
  write: false,
  // CommonJS dependencies (handlebars, ajv's runtime) require() Node's own modules.
  banner: { js: "import { createRequire as hoshinRequire } from 'node:module'; const require = hoshinRequire(import.meta.url);" },
});

// The parse cache is keyed by this id, so a new build of hoshin never reads trees an older parser made.
const id = createHash('sha256');
mkdirSync(outdir, { recursive: true });
for (const file of [...outputFiles].sort((a, b) => (a.path < b.path ? -1 : 1))) {
  id.update(file.path.slice(outdir.length)).update(file.contents);
  writeFileSync(file.path, file.contents);
}
writeFileSync(join(outdir, 'build-id'), `${id.digest('hex').slice(0, 16)}\n`);
