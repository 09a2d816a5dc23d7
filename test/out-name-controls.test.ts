import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';

// What a terminal acts on: ESC, BEL, CR, LF and the other C0/C1 controls (a message's own final \n aside).
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]|\n(?!$)/;

function policy(dir: string, body: string): string {
  mkdirSync(dir);
  writeFileSync(join(dir, 'policy.yaml'), 'org: { name: テスト市, kind: 市, self: 本市 }\ndocuments:\n  - { id: basic, tier: basic, title: 基本方針, sources: [basic.md] }\n');
  writeFileSync(join(dir, 'basic.md'), `# 目的 {#purpose}\n\n${body}\n`);
  return dir;
}

describe('names of output folders and lock holders reach the terminal escaped', () => {
  const odd = 'out\u001b]0;pwned\u0007\n12 個のファイルを dist に出力しました。';

  it('build: the message that names --out', () => {
    const base = mkdtempSync(join(tmpdir(), 'hoshin-out-name-'));
    const dir = policy(join(base, 'p'), '本文。');
    const r = runCli(['build', dir, '--out', odd], { cwd: base });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(RAW);
    expect(r.stdout).toContain('out\\u001b]0;pwned\\u0007\\u000a12');
  });

  it('diff --out: the message that names --out', () => {
    const base = mkdtempSync(join(tmpdir(), 'hoshin-out-name-'));
    const old = policy(join(base, 'old'), '本文1。');
    const now = policy(join(base, 'new'), '本文2。');
    const r = runCli(['diff', old, now, '--out', odd], { cwd: base });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stderr).toContain('out\\u001b]0;pwned\\u0007\\u000a12');
  });

  it('build: the host name read from another build\'s lock file', () => {
    const base = mkdtempSync(join(tmpdir(), 'hoshin-out-name-'));
    const dir = policy(join(base, 'p'), '本文。');
    // A lock of another machine's build is waited for: the notice names that machine.
    writeFileSync(join(base, 'dist.hoshin-lock'), '4242 host\u001b[2J\u001b]0;pwned\u0007\n');
    const r = runCli(['build', dir, '--out', 'dist'], { cwd: base, timeout: 4000 });
    expect(r.stderr).toContain('host\\u001b[2J\\u001b]0;pwned\\u0007 の');
    expect(r.stderr).not.toMatch(RAW);
  });
});
