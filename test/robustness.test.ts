import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderAll } from '../src/render/render-all.js';
import { DEFAULT_FORMATS } from '../src/render/registry.js';
import { TEST_INFO } from './support/build-example.js';
import { compileMemory, oneDocument } from './support/memory-policy.js';

// "Nothing a user can write makes hoshin print a stack trace": any Markdown, however odd, either
// compiles and renders in every format or comes back as positioned diagnostics — it never throws.

const pieces = fc.constantFrom(
  '# 見出し', '## 節 {#a}', '### 項 {.unnumbered}', '###### 深い', '1. 項目', '   1. 入れ子', '- 箇条', '  - 入れ子の箇条',
  ':::internal', ':::', ':::warning', '::data-table{source=x}', ':internal[秘]', '{{org.name}}', '{{#each roles}}{{title}}{{/each}}',
  '{{', '}}', '{{role "ciso"}}', '[](#a)', '[](basic)', '[x](javascript:alert(1))', '<b>太字</b>', '<script>x</script>',
  '| a | b |', '|---|---|', '| ^^ | c |', '```', '> 引用', '---', '![画像](x.png)', '脚注[^1]', '[^1]: 注', '10:30', '例:foo',
  '\\', '*強調*', '**重要**', '~~取消~~', '`code`', '{#id}', '本文です。', '', '\t', '\u3000', '①', '第1条',
);

describe('robustness', () => {
  it('never throws on arbitrary Markdown, in any numbering style, for any output format', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(pieces, { maxLength: 40 }), fc.constantFrom('guideline', 'decimal', 'reiki', '{ preset: reiki, chapters: true }'), async (lines, numbering) => {
        const c = compileMemory(oneDocument(lines.join('\n'), { numbering }));
        for (const d of c.diagnostics) {
          expect(d.line).toBeGreaterThanOrEqual(1);
          expect(d.message).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
        }
        if (c.diagnostics.some((d) => d.severity === 'error')) return;
        const out = await renderAll({ internal: c.internal!, public: c.public! }, DEFAULT_FORMATS, TEST_INFO);
        expect(out.size).toBeGreaterThan(0);
      }),
      { numRuns: 150, seed: 1122 },
    );
  });
});
