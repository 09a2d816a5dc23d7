import { describe, expect, it } from 'vitest';
import type { Block } from '../src/model/types.js';
import { MAX_DIRECTIVE_DEPTH, MAX_INLINE_MARKS, MAX_PARAGRAPH_BRACKETS, MAX_PARAGRAPH_EMPHASIS, MAX_TABLE_COLUMNS } from '../src/parse/check-limits.js';
import { compileMemory, errors, oneDocument } from './support/memory-policy.js';

// Issue 13, item 11: shapes that took micromark minutes are refused before parsing, with a
// positioned Japanese error; just inside the limits they still compile. (Their speed is the
// bench's figure "inputs of issue 13", not a test.)

const nested = (depth: number, colons: (level: number) => number) =>
  ['# 見出し', '', ...Array.from({ length: depth }, (_, i) => `${':'.repeat(colons(i))}internal\n`), '本文', '', ...Array.from({ length: depth }, (_, i) => `${':'.repeat(colons(depth - 1 - i))}\n`)].join('\n');

const table = (columns: number) =>
  ['# 表', '', `|${' 列 |'.repeat(columns)}`, `|${'---|'.repeat(columns)}`, `|${' あ |'.repeat(columns)}`, ''].join('\n');

function sections(blocks: Block[]): string[] {
  return blocks.flatMap((b) => (b.type === 'section' ? [b.id, ...sections(b.children)] : []));
}

describe('input limits', () => {
  it(`refuses :::internal nested deeper than ${MAX_DIRECTIVE_DEPTH} levels, at the opener past the limit`, () => {
    // As written by an attacker: every opener the same length (the first ::: then closes them all).
    const same = compileMemory(oneDocument(nested(40, () => 3)));
    expect(errors(same)).toEqual([`directive-too-deep@${3 + 2 * MAX_DIRECTIVE_DEPTH}:1`]);
    expect(same.diagnostics[0].message).toMatch(/入れ子が深すぎます/);
    // Properly nested (each fence longer than the one inside it).
    expect(errors(compileMemory(oneDocument(nested(MAX_DIRECTIVE_DEPTH + 1, (i) => 3 + MAX_DIRECTIVE_DEPTH - i))))).toEqual([`directive-too-deep@${3 + 2 * MAX_DIRECTIVE_DEPTH}:1`]);
  });

  it('compiles nesting up to the limit, and any number of :::internal blocks one after another', () => {
    expect(errors(compileMemory(oneDocument(nested(MAX_DIRECTIVE_DEPTH, (i) => 3 + MAX_DIRECTIVE_DEPTH - i))))).toEqual([]);
    const many = ['# 見出し', '', ...Array.from({ length: 200 }, () => ':::internal\n\n非公開\n\n:::\n')].join('\n');
    expect(errors(compileMemory(oneDocument(many)))).toEqual([]);
  });

  it(`refuses a table of more than ${MAX_TABLE_COLUMNS} columns at its delimiter row, and compiles one of ${MAX_TABLE_COLUMNS}`, () => {
    const wide = compileMemory(oneDocument(table(MAX_TABLE_COLUMNS + 1)));
    expect(errors(wide)).toEqual(['table-too-wide@4:1']);
    expect(wide.diagnostics[0].message).toMatch(/表の列が多すぎます/);
    expect(errors(compileMemory(oneDocument(table(MAX_TABLE_COLUMNS))))).toEqual([]);
  });

  it(`refuses more than ${MAX_INLINE_MARKS} links and :internal[…] in one file, at the first one past the limit`, () => {
    // Ten to a paragraph, as a policy spreads them (one paragraph of them would meet the limit below).
    const paragraphs = (mark: string, count: number) => Array.from({ length: count / 10 }, () => mark.repeat(10)).join('\n\n');
    const half = MAX_INLINE_MARKS / 2;
    const body = `# 見出し {#a}\n\n${paragraphs('[](#a) ', half)}\n\n${paragraphs(':internal[x] ', half)}\n\n`;
    const over = compileMemory(oneDocument(`${body}[](#a)\n`));
    expect(errors(over)).toEqual([`inline-too-many@${body.split('\n').length}:2`]);
    expect(over.diagnostics[0].message).toMatch(/多すぎます/);
    expect(errors(compileMemory(oneDocument(body)))).toEqual([]);
  });

  it(`refuses a paragraph of more than ${MAX_PARAGRAPH_BRACKETS} [ or ${MAX_PARAGRAPH_EMPHASIS} runs of * and _, however its lines run`, () => {
    // Nested emphasis and images cost micromark the square of their number (4,000 levels of
    // emphasis overflowed the stack).
    const nestedEmphasis = `${'*a '.repeat(2000)}${' a*'.repeat(2000)}`;
    const nestedImages = `${'![a'.repeat(1000)}${'](x)'.repeat(1000)}`;
    for (const [text, at] of [
      [nestedEmphasis, 3],
      [nestedImages, 3],
      // Lazy continuation lines, in a quote, and lines an indented code block or `2.` cannot start.
      [`本文\n${'*a\n'.repeat(400)}`, 4 + MAX_PARAGRAPH_EMPHASIS],
      [`> 引用\n${'> ![a\n'.repeat(300)}`, 4 + MAX_PARAGRAPH_BRACKETS],
      [`本文\n${'    - [a\n'.repeat(300)}`, 4 + MAX_PARAGRAPH_BRACKETS],
      [`本文\n${'2. [a\n'.repeat(300)}`, 4 + MAX_PARAGRAPH_BRACKETS],
      [`|本文\n${'|[a\n'.repeat(300)}`, 4 + MAX_PARAGRAPH_BRACKETS],
    ] as const) {
      const refused = compileMemory(oneDocument(`# 見出し\n\n${text}\n`));
      expect(errors(refused), text.slice(0, 20)).toEqual([`inline-too-many@${at}:1`]);
      expect(refused.diagnostics[0].message).toMatch(/段落を分けてください/);
    }
  });

  it('compiles many references where each paragraph, item or table row holds a few', () => {
    const ref = '[](#a)と**強調**と[](#a)';
    const shapes = [
      Array.from({ length: 1000 }, () => `1. ${ref}`).join('\n'),
      Array.from({ length: 1000 }, () => `- ${ref}\n  - ${ref}`).join('\n'),
      ['| 区分 | 内容 |', '|---|---|', ...Array.from({ length: 1000 }, () => `| ${ref} | ${ref} |`)].join('\n'),
      `> ${ref}\n>\n`.repeat(1000),
      `${'[](#a) '.repeat(MAX_PARAGRAPH_BRACKETS)}\n\n${'*a* '.repeat(MAX_PARAGRAPH_EMPHASIS / 2)}`,
    ];
    for (const text of shapes) expect(errors(compileMemory(oneDocument(`# 見出し {#a}\n\n${text}\n`))), text.slice(0, 20)).toEqual([]);
  });

  it('gives equal headings the ids it always gave (-2, -3, … past explicit ids)', () => {
    const markdown = ['# 同じ', '', '# 同じ {#同じ-2}', '', '# 同じ', '', '# 同じ', '', '# 同じ-3', ''].join('\n');
    const { internal } = compileMemory(oneDocument(markdown));
    expect(sections(internal!.documents[0].children)).toEqual(['同じ', '同じ-2', '同じ-3', '同じ-4', '同じ-3-2']);
  });
});
