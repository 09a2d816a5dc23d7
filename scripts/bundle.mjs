// Build step: the CLI as one CommonJS script, bundle/hoshin.cjs, so a start reads and compiles one
// file instead of resolving several hundred small ES modules (≈250 ms of `hoshin check` before),
// and so that bundle/boot.js can hand V8 a code cache for it (src/cli/boot.ts). Built from lib/,
// where the schema validator is generated; bin/hoshin.js runs bundle/boot.js. Files stay one
// folder below the package root, as src/assets.ts expects.
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lib = join(root, 'lib', 'cli');
const outdir = join(root, 'bundle');
const common = { bundle: true, platform: 'node', target: 'node20', legalComments: 'none', minify: true, keepNames: true, logLevel: 'warning', write: false };

// The validator scripts/compile-schema.mjs generated, in place of the one ajv compiles at run time.
const generatedValidator = {
  name: 'generated-validator',
  setup(b) {
    b.onResolve({ filter: /\/policy-validator\.js$/ }, () => ({ path: join(root, 'lib', 'validate', 'policy-validator.generated.js') }));
  },
};

const cli = await build({
  ...common,
  entryPoints: [join(lib, 'cli-bundle.js')],
  outfile: join(outdir, 'hoshin.cjs'),
  format: 'cjs',
  plugins: [generatedValidator],
  // The modules find hoshin's files and the worker script from their own URL: the bundle's.
  define: { 'import.meta.url': 'hoshinBundleUrl' },
  banner: { js: "const hoshinBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
const starters = await build({
  ...common,
  entryPoints: { boot: join(lib, 'boot.js'), 'render-worker': join(lib, 'render-worker-start.js') },
  outdir,
  format: 'esm',
});

const files = [...cli.outputFiles, ...starters.outputFiles].sort((a, b) => (a.path < b.path ? -1 : 1));
// Each dynamic import() must have become a require(): boot.ts runs the bundle as a plain script.
const cliText = cli.outputFiles[0].text;
if (/\bimport\(/.test(cliText)) throw new Error('bundle/hoshin.cjs still contains import(); boot.ts cannot run it');

// The parse cache is keyed by this id, so a new build of hoshin never reads trees an older parser made.
const id = createHash('sha256');
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
for (const file of files) {
  id.update(file.path.slice(outdir.length)).update(file.contents);
  writeFileSync(file.path, file.contents);
}
writeFileSync(join(outdir, 'build-id'), `${id.digest('hex').slice(0, 16)}\n`);
