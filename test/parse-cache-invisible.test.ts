import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createParseCache } from '../src/parse/parse-cache.js';
import { toChunks } from '../src/parse/to-chunks.js';
import { compileMemory, oneDocument } from './support/memory-policy.js';

/**
 * The parse cache parses a file in chunks; what a compile gives must not depend on it. Compared:
 * both editions (the model every output is rendered from) and the diagnostics, with and without
 * the cache, on the first run (chunks parsed) and the second (chunks from the cache).
 */
function expectCacheInvisible(markdown: string): void {
  const files = oneDocument(markdown);
  const whole = JSON.stringify(compileMemory(files));
  const cache = createParseCache();
  expect(JSON.stringify(compileMemory(files, cache)), 'first run through the cache').toBe(whole);
  expect(JSON.stringify(compileMemory(files, cache)), 'second run, from the cache').toBe(whole);
}

describe('the parse cache is invisible', () => {
  it('an HTML block holding a fence before a ::::internal block (issue 13)', () => {
    expectCacheInvisible(['# 一', '', '<div>', '~~~', '</div>', '', '::::internal', '', '# 非公開', '', '非公開の本文', '', '~~~', '', '# 二', '', '::::', ''].join('\n'));
  });

  it('<!X swallowing later headings (issue 13)', () => {
    expectCacheInvisible(['# 一', '', '<!X', '', '# 二', '', '本文', '', '# 三', '', '>', '# 四', ''].join('\n'));
  });

  it('on generated documents with HTML blocks of every kind, fences, directives, lists, blockquotes and headings', () => {
    // Mostly what policies are made of, so that the cache does split; among it every construct
    // that can span a blank line and a heading (the seven HTML block kinds and their ends, fences
    // of both kinds left open, nested containers) and those that end at one.
    const common = fc.constantFrom('# 見出し', '## 節', '### 款 {#k}', '', '', '', '本文です。', '- 項目', '1. 番号', ':internal[非公開]の文。');
    const risky = fc.noBias(fc.constantFrom(
      '<script>', '</script>', '<pre>', '</pre>', '<style>', '<textarea>', '</textarea>', '<!-- 注記', '-->', '<?php', '?>', '<!X', '<!DOCTYPE html>',
      '>', '<![CDATA[', ']]>', '<div>', '</div>', '<table>', '<span>', '<x-tag a="1">', '</p>', '  <div>', '> <div>', '- <!--',
      '```', '~~~', '````', '~~~~', '```js', '   ```', '> ```', '- ~~~', '    字下げ code',
      ':::internal', '::::internal', ':::::internal', ':::', '::::', ':::::', '> :::internal', '- :::internal', ':::note{.x}',
      '> 引用', '> # 引用の見出し', '  - 入れ子', '   1. 入れ子', '- # 項目の見出し', '#見出しでない', '  # 字下げの見出し', '見出し風\n===',
      '[x]: https://example.jp', '> [y]: /y', '[x]', '| a | b |', '|---|---|',
    ));
    // Each document draws on a few risky lines only, so that many of them are split at all; without
    // bias, fast-check would mostly pick the first few.
    const document = fc.noBias(fc.array(risky, { minLength: 1, maxLength: 3 })).chain((chosen) =>
      fc.array(fc.oneof({ arbitrary: common, weight: 4 }, { arbitrary: fc.constantFrom(...chosen), weight: 1 }), { minLength: 1, maxLength: 40 }),
    );
    let split = 0;
    fc.assert(
      fc.property(document, fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        const markdown = lines.join(eol) + eol;
        if (toChunks(markdown).length > 1) split++;
        expectCacheInvisible(markdown);
      }),
      // A fixed seed (SEED= to try others; seed 1 fails on the chunking before issue 13): how many
      // documents split varies with the seed, and the count below must not fail by chance.
      { numRuns: Number(process.env.RUNS ?? 300), seed: Number(process.env.SEED ?? 1) },
    );
    expect(split, 'documents the cache did split').toBeGreaterThan(30);
  });
});
