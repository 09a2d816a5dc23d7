import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';

function policy(dir: string, body: string): string {
  mkdirSync(dir);
  writeFileSync(join(dir, 'policy.yaml'), 'org: { name: テスト市, kind: 市, self: 本市 }\ndocuments:\n  - { id: basic, tier: basic, title: 基本方針, sources: [basic.md] }\n');
  writeFileSync(join(dir, 'basic.md'), `# 目的 {#purpose}\n\n${body}\n`);
  return dir;
}

/** Every file below dir with its text, to compare a folder before and after. */
function contents(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => [join(e.parentPath, e.name).slice(dir.length + 1), readFileSync(join(e.parentPath, e.name), 'utf8')]),
  );
}

/** Two versions of a policy and an output folder holding an earlier comparison's public files. */
function setUp(): { old: string; now: string; out: string } {
  const base = mkdtempSync(join(tmpdir(), 'hoshin-diff-out-'));
  const out = join(base, 'out');
  mkdirSync(join(out, 'public'), { recursive: true });
  writeFileSync(join(out, 'public', 'basic.新旧対照表.html'), 'EARLIER COMPARISON');
  writeFileSync(join(out, 'public', 'basic.redline.docx'), 'EARLIER REDLINE');
  return { old: policy(join(base, 'old'), '本文1。'), now: policy(join(base, 'new'), '本文2。'), out };
}

describe('hoshin diff --out never leaves half of a comparison', () => {
  it('a folder where one internal output goes: exit 2, the earlier public files unchanged', () => {
    const { old, now, out } = setUp();
    mkdirSync(join(out, 'internal', 'basic.redline.docx'), { recursive: true });
    const before = contents(out);
    const r = runCli(['diff', old, now, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('internal/basic.redline.docx はフォルダのため、出力できませんでした。出力先のファイルは変えていません。');
    expect(contents(out)).toEqual(before);
  });

  it('a file where the internal/ folder goes: exit 2, the earlier public files unchanged', () => {
    const { old, now, out } = setUp();
    writeFileSync(join(out, 'internal'), 'a file of the user');
    const before = contents(out);
    const r = runCli(['diff', old, now, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^hoshin: 出力先 .* に書き込めませんでした（.*ENOTDIR）。出力先のファイルは変えていません。\n$/);
    expect(contents(out)).toEqual(before);
  });

  it('with nothing in the way, writes both trees over the earlier comparison', () => {
    const { old, now, out } = setUp();
    expect(runCli(['diff', old, now, '--out', out]).status).toBe(0);
    expect(readFileSync(join(out, 'public', 'basic.新旧対照表.html'), 'utf8')).toContain('本文2');
    expect(readFileSync(join(out, 'internal', 'basic.新旧対照表.html'), 'utf8')).toContain('本文2');
  });
});
