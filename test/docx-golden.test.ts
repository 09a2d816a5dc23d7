import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAll } from '../src/render/render-all.js';
import { compileFolder, EXAMPLES, ROOT, TEST_INFO } from './support/build-example.js';
import { docxParts, prettyXml } from './support/ooxml.js';

// DOCX goldens: every .docx of a build, unzipped, its parts pretty-printed into one reviewable
// text file per document (never zip bytes). `UPDATE=1 npx vitest run test/docx-golden.test.ts`
// rewrites them; any other run only compares.
const UPDATE = process.env.UPDATE === '1';
const FIXTURES = join(ROOT, 'test', 'fixtures', 'docx');
const GOLDEN_INPUTS = join(ROOT, 'test', 'fixtures', 'golden');

/** The parts of each document. */
const PARTS = /^(word\/(document|header\d+|footer\d+)\.xml|word\/_rels\/document\.xml\.rels|docProps\/(core|app|custom)\.xml)$/;
/** The parts every document of a build shares (one style map, one set of settings and fonts): kept once per case. */
const SHARED = /^word\/(styles|settings|fontTable)\.xml$/;

const cases = [
  ...readdirSync(GOLDEN_INPUTS).map((name) => ({ name, input: join(GOLDEN_INPUTS, name, 'input') })),
  ...readdirSync(EXAMPLES).map((name) => ({ name: `example-${name}`, input: join(EXAMPLES, name) })),
];

/** One text file for the parts of a .docx that `which` selects: each under a marker line, by name. */
function golden(bytes: Uint8Array, which: RegExp): string {
  const parts = [...docxParts(bytes)].filter(([name]) => which.test(name)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return parts.map(([name, xml]) => `<!-- ${name} -->\n${prettyXml(xml)}`).join('\n');
}

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`])).sort();
}

describe('golden DOCX (pretty-printed XML parts)', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const compilation = await compileFolder(c.input);
      expect(compilation.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const files = await renderAll({ internal: compilation.internal!, public: compilation.public! }, ['docx'], TEST_INFO);
      const expected = join(FIXTURES, c.name);
      // An example's approval edition repeats its documents; the golden inputs cover its structure.
      const documents = [...files].filter(([path]) => !(c.name.startsWith('example-') && path.endsWith('/approval.docx')));
      const texts = new Map(documents.map(([path, bytes]) => [`${path}.xml`, golden(bytes as Uint8Array, PARTS)]));
      const shared = [...files.values()].map((bytes) => golden(bytes as Uint8Array, SHARED));
      expect(new Set(shared).size, 'every document of a build shares styles, settings and fonts').toBe(1);
      texts.set('shared.xml', shared[0]);
      if (UPDATE) {
        rmSync(expected, { recursive: true, force: true });
        for (const [rel, text] of texts) {
          mkdirSync(dirname(join(expected, rel)), { recursive: true });
          writeFileSync(join(expected, rel), text);
        }
      }
      expect(listFiles(expected), 'golden files exist (run UPDATE=1 once)').toEqual([...texts.keys()].sort());
      for (const [rel, text] of texts) expect(text, rel).toBe(readFileSync(join(expected, rel), 'utf8'));
    });
  }
});
