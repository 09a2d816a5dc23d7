// Why: a build takes ~120 MB of memory per MB of Markdown, and each file is only limited to 4 MB:
// a policy of many files just under that limit would take minutes and gigabytes. The sum of what one
// policy reads is capped (MAX_POLICY_BYTES); beyond it hoshin refuses before reading a byte of the
// sources, with a positioned Japanese error and exit 1, and writes nothing.
// Needs a built CLI (`npm run build`; `npm test` does that first).
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_SOURCE_BYTES } from '../src/load/find-file.js';
import { MAX_POLICY_BYTES } from '../src/load/load-policy.js';
import { runCliAsync } from './support/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'hoshin-size-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Ordinary policy text of about `bytes` bytes (UTF-8), each file under the per-file limit. */
function text(bytes: number, n: number): string {
  const paragraph = `職員等は、重要度分類Ⅱ以上の情報を取り扱う場合、情報資産について適切に管理しなければならない（${n}）。\n\n`;
  const heading = (i: number) => `## 第${i}節 管理\n\n`;
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = (i % 20 === 0 ? heading(i / 20 + 1) : '') + paragraph;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return `# 文書${n}\n\n${parts.join('')}`;
}

describe('a cap on the total size of one policy', () => {
  it('is a few times a real policy and at least one file at the per-file limit', () => {
    expect(MAX_POLICY_BYTES).toBeGreaterThanOrEqual(MAX_SOURCE_BYTES);
    expect(MAX_POLICY_BYTES).toBeLessThanOrEqual(32 * 1024 * 1024);
  });

  it('refuses a policy whose files together exceed it: positioned error at the file that crosses it, exit 1, nothing written', async () => {
    const dir = join(scratch, 'policy');
    mkdirSync(dir);
    // Files each well under the per-file limit, together over the cap.
    const each = Math.floor(MAX_SOURCE_BYTES * 0.9);
    const count = Math.floor(MAX_POLICY_BYTES / each) + 1;
    const names = Array.from({ length: count }, (_, i) => `part${i + 1}.md`);
    names.forEach((name, i) => writeFileSync(join(dir, name), text(each, i + 1)));
    const manifest = [
      'org: { name: テスト市, kind: 市, self: 本市 }',
      'documents:',
      ...names.map((name, i) => `  - { id: d${i + 1}, tier: ${i === 0 ? 'basic' : 'standards'}, title: 文書${i + 1}, sources: [${name}] }`),
    ];
    writeFileSync(join(dir, 'policy.yaml'), manifest.join('\n') + '\n');
    // The last file is the one that takes the sum over the cap.
    const line = manifest.length;
    const column = manifest[line - 1].indexOf(names.at(-1)!) + 1;
    const r = await runCliAsync(['build', 'policy', '--out', 'dist'], { cwd: scratch, timeout: 60_000 });
    expect(r.status, r.stderr).toBe(1);
    const limit = `${MAX_POLICY_BYTES / 1024 / 1024} MB`;
    expect(r.stderr).toMatch(new RegExp(`^policy/policy\\.yaml:${line}:${column}\\s+error\\s+ポリシーのファイル.*上限の ${limit} を超えています.*\\spolicy-too-large$`, 'm'));
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(r.stderr).not.toContain('内部エラー');
    expect(existsSync(join(scratch, 'dist'))).toBe(false);
  });
});
