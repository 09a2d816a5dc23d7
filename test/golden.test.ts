import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderAll } from '../src/render/render-all.js';
import { compileFolder, EXAMPLES, ROOT, TEST_INFO } from './support/build-example.js';

// Golden outputs: what `hoshin build` writes for each case, checked in and reviewed like code.
// `UPDATE=1 npm test` rewrites them; any other run only compares.
const UPDATE = process.env.UPDATE === '1';
// Text formats compare as text; DOCX has its own golden test over pretty-printed XML parts.
const TEXT_FORMATS = ['md', 'txt'];
const FIXTURES = join(ROOT, 'test', 'fixtures', 'golden');

const cases: Array<{ name: string; input: string; expected: string }> = [
  ...readdirSync(FIXTURES).map((name) => ({ name, input: join(FIXTURES, name, 'input'), expected: join(FIXTURES, name, 'expected') })),
  ...readdirSync(EXAMPLES).map((name) => ({ name: `examples/${name}`, input: join(EXAMPLES, name), expected: join(ROOT, 'test', 'fixtures', 'examples', name) })),
];

function listFiles(dir: string, prefix = ''): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`])).sort();
}

describe('golden outputs (md, txt)', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const compilation = await compileFolder(c.input);
      expect(compilation.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const files = await renderAll({ internal: compilation.internal!, public: compilation.public! }, TEXT_FORMATS, TEST_INFO);
      if (UPDATE) {
        rmSync(c.expected, { recursive: true, force: true });
        for (const [rel, content] of files) {
          mkdirSync(dirname(join(c.expected, rel)), { recursive: true });
          writeFileSync(join(c.expected, rel), content);
        }
      }
      expect(listFiles(c.expected), 'golden files exist (run UPDATE=1 npm test once)').toEqual([...files.keys()].sort());
      for (const [rel, content] of files) {
        expect(String(content), rel).toBe(readFileSync(join(c.expected, rel), 'utf8'));
      }
    });
  }
});
