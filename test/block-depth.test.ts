import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BLOCK_DEPTH } from '../src/parse/check-limits.js';
import { compileMemory, errors, oneDocument } from './support/memory-policy.js';
import { runCli } from './support/run-cli.js';

// Blockquotes and lists nested thousands deep in a few KB overflowed the stack (内部エラー, exit 2)
// or took micromark minutes: refused before parsing at the line, like a too deep :::internal.

const indented = (depth: number) => Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- 項目`).join('\n');

describe('blockquotes and lists nested too deep', () => {
  it.each([
    ['2,000 > on one line', `${'>'.repeat(2000)} 本文`],
    ['5,000 list markers on one line', `${'- '.repeat(5000)}本文`],
    ['1,500 > - on one line', `${'> - '.repeat(1500)}本文`],
    ['numbered markers', `${'1. '.repeat(MAX_BLOCK_DEPTH + 1)}本文`],
    [`${MAX_BLOCK_DEPTH + 1} > without spaces`, `${'>'.repeat(MAX_BLOCK_DEPTH + 1)} 本文`],
  ])('%s: block-too-deep at its line', (_, line) => {
    expect(errors(compileMemory(oneDocument(`# 見出し\n\n${line}\n`)))).toEqual(['block-too-deep@3:1']);
  });

  it('a list nested by indentation past the limit: block-too-deep at the first line past it', () => {
    const problems = errors(compileMemory(oneDocument(`# 見出し\n\n${indented(300)}\n`)));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^block-too-deep@\d+:1$/);
  });

  it(`compiles ${MAX_BLOCK_DEPTH} levels of each`, () => {
    for (const text of [`${'>'.repeat(MAX_BLOCK_DEPTH)} 本文`, `${'- '.repeat(MAX_BLOCK_DEPTH)}本文`, indented(MAX_BLOCK_DEPTH / 2)]) {
      expect(errors(compileMemory(oneDocument(`# 見出し\n\n${text}\n`)))).toEqual([]);
    }
  });

  it('hoshin check: exit 1 with file:line:column and the rule, no internal error', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'hoshin-depth-')), 'p');
    mkdirSync(dir);
    writeFileSync(join(dir, 'policy.yaml'), 'org: { name: テスト市, kind: 市, self: 本市 }\ndocuments:\n  - { id: basic, tier: basic, title: 基本方針, sources: [basic.md] }\n');
    writeFileSync(join(dir, 'basic.md'), `# 見出し\n\n${'>'.repeat(2000)} 本文\n`);
    const r = runCli(['check', dir], { timeout: 60_000 });
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toContain(`basic.md:3:1  error  引用（>）と箇条書きの入れ子が深すぎます（${MAX_BLOCK_DEPTH} 段まで）。  block-too-deep`);
    expect(r.stderr).not.toContain('内部エラー');
  });
});
