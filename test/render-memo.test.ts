import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRenderMemo, renderAll } from '../src/render/render-all.js';
import { DEFAULT_FORMATS } from '../src/render/registry.js';
import { compileFolder, EXAMPLES, TEST_INFO } from './support/build-example.js';

const editionsOf = async (dir: string) => {
  const c = await compileFolder(dir);
  return { internal: c.internal!, public: c.public! };
};

describe('the render memo of repeated builds', () => {
  it('gives exactly the files of a build without it, after edits of every kind', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'hoshin-memo-')), 'policy');
    cpSync(join(EXAMPLES, 'sample-town'), dir, { recursive: true });
    const memo = createRenderMemo();
    const edits: Array<[string, (text: string) => string]> = [
      ['basic-policy.md', (t) => t + '\n追記した段落。\n'],
      ['policy.yaml', (t) => t.replace(/name: .*/, 'name: 改名町')],
      ['standards/02-assets.md', (t) => t.replace(/^## .*/m, (h) => `${h}（改）`)],
      ['basic-policy.md', (t) => t + '\n:::internal\n非公開にした段落。\n:::\n'],
    ];
    await renderAll(await editionsOf(dir), DEFAULT_FORMATS, TEST_INFO, memo);
    for (const [file, edit] of edits) {
      writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
      const editions = await editionsOf(dir);
      const remembered = await renderAll(editions, DEFAULT_FORMATS, TEST_INFO, memo);
      expect(remembered, file).toEqual(await renderAll(editions, DEFAULT_FORMATS, TEST_INFO));
    }
  });
});
