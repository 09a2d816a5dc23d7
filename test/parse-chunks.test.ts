import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createParseCache, nextRun } from '../src/parse/parse-cache.js';
import { parseMarkdown } from '../src/parse/parse-markdown.js';
import { parseWhole } from '../src/parse/parse-whole.js';
import { toChunks } from '../src/parse/to-chunks.js';
import { EXAMPLES } from './support/build-example.js';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? markdownFiles(join(dir, e.name)) : e.name.endsWith('.md') ? [join(dir, e.name)] : []));
}

/** Parsing in chunks, with the cache or without, must give exactly the tree of parsing the whole file. */
function expectSameTree(text: string): void {
  const cache = createParseCache();
  const whole = parseWhole(text);
  expect(parseMarkdown(text)).toEqual(whole);
  expect(parseMarkdown(text, cache)).toEqual(whole);
  // A second run is served from the cache alone and still gives the same tree.
  const size = cache.entries.size;
  expect(parseMarkdown(text, cache)).toEqual(whole);
  expect(cache.entries.size).toBe(size);
}

describe('chunked parsing, with the parse cache or without', () => {
  it('splits the examples before top-level headings and gives the same trees', () => {
    let splits = 0;
    for (const file of markdownFiles(EXAMPLES)) {
      const text = readFileSync(file, 'utf8');
      splits += toChunks(text).length - 1;
      expectSameTree(text);
    }
    expect(splits).toBeGreaterThan(10);
  });

  it('does not split inside fenced code, containers or after a paragraph line', () => {
    const text = [
      '# 一', '', '```', '', '# 見出しではない', '```', '', ':::internal', '', '# 非公開の見出し', '', ':::', '本文',
      '# 段落の直後の見出し', '', '~~~~', '~~~', '', '# まだ code', '~~~~', '', '# 二 {#two}', '',
    ].join('\n');
    const starts = toChunks(text).map((c) => c.text.split('\n')[0]);
    expect(starts).toEqual(['# 一', '# 二 {#two}']);
    expectSameTree(text);
  });

  it('keeps files with definitions or HTML comments whole', () => {
    expect(toChunks('# a\n\n[x]: https://example.jp\n\n# b\n\n[x]\n')).toHaveLength(1);
    expect(toChunks('# a\n\n<!--\n\n# b\n-->\n')).toHaveLength(1);
  });

  it('gives the whole-file tree for arbitrary Markdown built from risky fragments', () => {
    // Mostly blocks a policy is made of, so that splits happen; among them every construct a
    // split must not cut through.
    const common = fc.constantFrom('# 見出し', '## 節 {#s-1}', '', '', '本文です。', '- 項目', '1. 番号');
    const risky = fc.constantFrom(
      '### 款 {.unnumbered}', '   1. 入れ子', '> 引用', '```', '~~~', '    字下げ code', ':::internal', '::::internal', ':::', '::::',
      '| a | b |', '|---|---|', '| 1 | 2 |', '***', '見出し風の行\n===', '<div>', '</div>', ':internal[非公開]', '10:30 に', '   ```',
      '#見出しでない', '\t# tab', '  # 字下げの見出し', '> # 引用の見出し', '- # 項目の見出し', '```js', '````', '~~~~', ':::note{.x}',
    );
    const fragment = fc.oneof({ arbitrary: common, weight: 8 }, { arbitrary: risky, weight: 1 });
    let splits = 0;
    fc.assert(
      fc.property(fc.array(fragment, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const text = lines.join(eol) + eol;
        splits += toChunks(text).length - 1;
        expectSameTree(text);
      }),
      { numRuns: Number(process.env.RUNS ?? 400) },
    );
    expect(splits, 'the fragments do make splits').toBeGreaterThan(30);
  });
});

describe('a parse cache kept across compiles (serve, build --watch)', () => {
  it('keeps only what the latest run used', () => {
    const cache = createParseCache();
    parseMarkdown('# 一\n\n本文。\n\n# 二\n\n本文。\n', cache);
    nextRun(cache);
    parseMarkdown('# 一\n\n本文。\n\n# 二\n\n改めた本文。\n', cache);
    expect(cache.entries.size).toBe(3);
    nextRun(cache);
    expect(cache.entries.size).toBe(2);
    expect(cache.dropped).toBe(true);
  });
});
