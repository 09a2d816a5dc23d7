import { describe, expect, it } from 'vitest';
import type { Block } from '../src/model/types.js';
import { MAX_DIRECTIVE_DEPTH, MAX_INLINE_MARKS, MAX_TABLE_COLUMNS } from '../src/parse/check-limits.js';
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
    const half = MAX_INLINE_MARKS / 2;
    const over = compileMemory(oneDocument(`# 見出し {#a}\n\n${'[](#a) '.repeat(half)}\n${':internal[x] '.repeat(half)}[](#a)\n`));
    expect(errors(over)).toEqual([`inline-too-many@4:${half * ':internal[x] '.length + 2}`]);
    expect(over.diagnostics[0].message).toMatch(/多すぎます/);
    expect(errors(compileMemory(oneDocument(`# 見出し {#a}\n\n${'[](#a) '.repeat(half)}\n${':internal[x] '.repeat(half)}\n`)))).toEqual([]);
  });

  it('gives equal headings the ids it always gave (-2, -3, … past explicit ids)', () => {
    const markdown = ['# 同じ', '', '# 同じ {#同じ-2}', '', '# 同じ', '', '# 同じ', '', '# 同じ-3', ''].join('\n');
    const { internal } = compileMemory(oneDocument(markdown));
    expect(sections(internal!.documents[0].children)).toEqual(['同じ', '同じ-2', '同じ-3', '同じ-4', '同じ-3-2']);
  });
});
