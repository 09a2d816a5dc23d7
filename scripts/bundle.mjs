// Build step: the CLI as a few esbuild chunks in bundle/ (one per command plus shared code), so a
// start reads and compiles a handful of files instead of resolving several hundred small ES
// modules (≈250 ms of `hoshin check` before). Built from lib/, where the schema validator is
// generated; bin/hoshin.js runs bundle/main.js. Files stay one folder below the package root, as
// src/assets.ts expects.
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'bundle');
rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: join(root, 'lib', 'cli', 'main.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: '[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
  // CommonJS dependencies (handlebars, ajv's runtime) require() Node's own modules.
  banner: { js: "import { createRequire as hoshinRequire } from 'node:module'; const require = hoshinRequire(import.meta.url);" },
});
