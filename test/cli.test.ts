import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/build-example.js';
import { runCli } from './support/run-cli.js';

const temp = () => mkdtempSync(join(tmpdir(), 'hoshin-cli-'));
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

describe('hoshin (CLI)', () => {
  it('explains itself in Japanese', () => {
    const help = runCli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('使い方');
    expect(runCli(['check', '--help']).stdout).toContain('ファイル:行:列');
    expect(runCli(['build', '-h']).stdout).toContain('--out');
    expect(runCli(['--version']).stdout).toMatch(/^hoshin \d+\.\d+\.\d+/);
    const bare = runCli([]);
    expect(bare.status).toBe(2);
    expect(bare.stdout).toContain('コマンド');
  });

  it('exits 2 with a Japanese message when used wrongly', () => {
    for (const args of [['frobnicate'], ['check', '--bogus'], ['check', 'no/such/folder'], ['check', 'examples/izumi', '--format', 'xml'], ['build', 'examples/izumi'], ['build', 'examples/izumi', '--out', join(temp(), 'd'), '--format', 'pdf']]) {
      const r = runCli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toMatch(JAPANESE);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('checks every example clean, in text and JSON', () => {
    for (const example of readdirSync(join(ROOT, 'examples'))) {
      const text = runCli(['check', `examples/${example}`]);
      expect(text.status, example).toBe(0);
      expect(text.stdout).toContain('問題はありません');
      const json = runCli(['check', `examples/${example}`, '--format', 'json']);
      expect(JSON.parse(json.stdout).filter((d: { severity: string }) => d.severity === 'error')).toEqual([]);
    }
  });

  it('checks the current folder when none is given', () => {
    const r = runCli(['check'], { cwd: join(ROOT, 'examples', 'nemuro-hokubu-fire') });
    expect(r.status).toBe(0);
  });

  it('reports problems as path:line:column  severity  message  rule-id and exits 1', () => {
    const dir = temp();
    writeFileSync(join(dir, 'policy.yaml'), 'org: { name: 町, kind: 町, self: 本町 }\ndocuments:\n  - { id: basic, tier: basic, title: 方針, sources: [a.md] }\n');
    writeFileSync(join(dir, 'a.md'), '# 目的\n\n[](#nope) と {{org.nmae}}\n');
    const r = runCli(['check', dir]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/a\.md:3:1 {2}error {2}.+ {2}ref-unknown$/);
    expect(lines[1]).toMatch(/a\.md:3:15 {2}error {2}.+ {2}template-unknown-variable$/);
    expect(lines.at(-1)).toContain('誤り 2 件');
  });

  it('builds public and internal trees; internal documents never reach public/', () => {
    const out = join(temp(), 'dist');
    const r = runCli(['build', 'examples/izumi', '--out', out]);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['build.json', 'internal', 'public']);
    expect(readdirSync(join(out, 'public')).sort()).toEqual(['basic.docx', 'basic.html', 'basic.md', 'basic.txt', 'index.html']);
    expect(readdirSync(join(out, 'internal')).sort()).toEqual([
      'approval.docx', 'basic.docx', 'basic.html', 'basic.md', 'basic.txt', 'index.html',
      'standards.docx', 'standards.html', 'standards.md', 'standards.txt',
    ]);
    expect(readFileSync(join(out, 'internal', 'standards.txt'), 'utf8')).toContain('2.2.1.情報資産の分類と管理方法');
    expect(readFileSync(join(out, 'public', 'basic.md'), 'utf8')).toContain('## 1.1.目的 {#purpose}');
  });

  it('builds only the formats asked for, and replaces an earlier build', () => {
    const out = join(temp(), 'dist');
    expect(runCli(['build', 'examples/sample-town', '--out', out]).status).toBe(0);
    expect(runCli(['build', 'examples/nemuro-hokubu-fire', '--out', out, '--format', 'txt']).status).toBe(0);
    expect(readdirSync(join(out, 'internal'))).toEqual(['basic.txt']);
    expect(readdirSync(join(out, '..')).filter((n) => n.includes('hoshin-'))).toEqual([]);
  });

  it('does not write into a folder holding files that are not hoshin output', () => {
    const out = temp();
    mkdirSync(join(out, 'src'));
    writeFileSync(join(out, 'keep.txt'), 'mine');
    const r = runCli(['build', 'examples/izumi', '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('上書きしません');
    expect(readdirSync(out).sort()).toEqual(['keep.txt', 'src']);
  });

  it('init makes a policy that checks and builds clean, and never overwrites', () => {
    const dir = join(temp(), 'policy');
    const made = runCli(['init', dir, '--name', 'さくら町', '--kind', '町']);
    expect(made.status).toBe(0);
    expect(readFileSync(join(dir, 'policy.yaml'), 'utf8')).toContain('self: 本町');
    expect(runCli(['check', dir]).status).toBe(0);
    const out = join(dir, '..', 'dist');
    expect(runCli(['build', dir, '--out', out]).status).toBe(0);
    expect(readFileSync(join(out, 'public', 'basic.txt'), 'utf8')).toContain('さくら町（以下「本町」という。）');
    expect(readFileSync(join(out, 'public', 'basic.txt'), 'utf8')).not.toContain('庁内用');
    expect(readFileSync(join(out, 'internal', 'basic.txt'), 'utf8')).toContain('庁内用');
    const again = runCli(['init', dir]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('既にある');
  });

  it('records every output with its sha256, and the git commit of the source, in build.json', () => {
    const repo = temp();
    cpSync(join(ROOT, 'examples', 'nemuro-hokubu-fire'), repo, { recursive: true });
    const git = (...args: string[]) =>
      execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { encoding: 'utf8', env: { ...process.env, GIT_COMMITTER_DATE: '2026-03-01T09:00:00+09:00' } });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'approved', '--date', '2026-03-01T09:00:00+09:00');
    const commit = git('rev-parse', 'HEAD').trim();
    const out = join(temp(), 'dist');
    expect(runCli(['build', repo, '--out', out]).status).toBe(0);
    const record = JSON.parse(readFileSync(join(out, 'build.json'), 'utf8'));
    expect(record.source).toEqual({ commit, dirty: false });
    // Without SOURCE_DATE_EPOCH, the commit's date.
    expect(record.date).toBe('2026-03-01T00:00:00.000Z');
    expect(record.outputs.map((o: { path: string }) => o.path)).toEqual([
      'internal/approval.docx', 'internal/basic.docx', 'internal/basic.html', 'internal/basic.md', 'internal/basic.txt', 'internal/index.html',
      'public/basic.docx', 'public/basic.html', 'public/basic.md', 'public/basic.txt', 'public/index.html',
    ]);
    for (const o of record.outputs) {
      const bytes = readFileSync(join(out, o.path));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(o.sha256);
      expect(bytes.length).toBe(o.size);
    }
    writeFileSync(join(repo, 'basic-policy.md'), readFileSync(join(repo, 'basic-policy.md'), 'utf8') + '\n追記。\n');
    expect(runCli(['build', repo, '--out', out]).status).toBe(0);
    expect(JSON.parse(readFileSync(join(out, 'build.json'), 'utf8')).source.dirty).toBe(true);
  });

  it('builds the same bytes twice; SOURCE_DATE_EPOCH sets the recorded date', () => {
    const [a, b] = [join(temp(), 'a'), join(temp(), 'b')];
    const env = { SOURCE_DATE_EPOCH: '1774915200' };
    expect(runCli(['build', 'examples/sample-town', '--out', a], { env }).status).toBe(0);
    expect(runCli(['build', 'examples/sample-town', '--out', b], { env }).status).toBe(0);
    expect(readFileSync(join(a, 'build.json'), 'utf8')).toBe(readFileSync(join(b, 'build.json'), 'utf8'));
    expect(JSON.parse(readFileSync(join(a, 'build.json'), 'utf8')).date).toBe('2026-03-31T00:00:00.000Z');
  });

  it('writes nothing when the policy has errors', () => {
    const dir = temp();
    writeFileSync(join(dir, 'policy.yaml'), 'org: { name: 町, kind: 町 }\ndocuments: []\n');
    const out = join(dir, 'dist');
    const r = runCli(['build', dir, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('出力しませんでした');
    expect(existsSync(out)).toBe(false);
  });
});
