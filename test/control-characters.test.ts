// Control characters written in the source (an id, a file name, a heading, a YAML value) never
// reach the terminal raw: the text reporters show them as visible \u001b escapes, and JSON output
// stays valid JSON with the same values (C1 and DEL escaped too).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/build-example.js';
import { gitIn } from './support/izumi-revision.js';
import { runCli } from './support/run-cli.js';

// Any C0 control but tab and newline, DEL, C1: what a terminal would act on.
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const ESC = '\u001b';
const CSI = '\u009b';

let scratch: string;
const write = (dir: string, files: Record<string, string>) => {
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
};

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'hoshin-controls-'));
  const manifest = (title: string, name: string, sources = '[basic.md]') =>
    `org: { name: "${name}", kind: 市, self: 本市 }\ndocuments:\n  - { id: basic, tier: basic, title: "${title}", sources: ${sources} }\n`;
  write(join(scratch, 'ids'), {
    'policy.yaml': manifest('基本方針', 'テスト市'),
    'basic.md': `# 目的 {#a${ESC}[31mb}\n\n本文です。\n\n# 目的 {#a${ESC}[31mb}\n\n{{org.n${ESC}ame}}\n`,
  });
  write(join(scratch, 'file-name'), { 'policy.yaml': manifest('基本方針', 'テスト市', '[basic.md, "ない\\e[2J.md"]'), 'basic.md': '# 目的\n\n本文です。\n' });
  write(join(scratch, 'old'), { 'policy.yaml': manifest('基本方針', 'テスト市'), 'basic.md': '# 目的 {#purpose}\n\n本文です。\n' });
  write(join(scratch, 'new'), {
    'policy.yaml': manifest('基本\\e]0;pwned\\a方針', 'テスト市\\x9b2J'),
    'basic.md': `# 目${ESC}[31m的 {#purpose}\n\n本文${ESC}[2Jです。\n`,
  });
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('control characters from the source', () => {
  it('are escaped in check’s report (ids, template names, file names)', () => {
    const ids = runCli(['check', join(scratch, 'ids')]);
    expect(ids.status).toBe(1);
    expect(ids.stdout).not.toMatch(RAW);
    expect(ids.stdout).toContain('a\\u001b[31mb');
    expect(ids.stdout).toContain('{{org.n\\u001bame}}');
    const file = runCli(['check', join(scratch, 'file-name')]);
    expect(file.status).toBe(1);
    expect(file.stdout).not.toMatch(RAW);
    expect(file.stdout).toContain('ない\\u001b[2J.md');
  });

  it('are escaped in build’s report', () => {
    const r = runCli(['build', join(scratch, 'ids'), '--out', join(scratch, 'dist')]);
    expect(r.status).toBe(1);
    expect(r.stderr).not.toMatch(RAW);
    expect(r.stderr).toContain('a\\u001b[31mb');
  });

  it('stay the same values in check --format json, which stays valid', () => {
    const r = runCli(['check', join(scratch, 'ids'), '--format', 'json']);
    expect(r.stdout).not.toMatch(RAW);
    const messages: string[] = JSON.parse(r.stdout).map((d: { message: string }) => d.message);
    expect(messages.some((m) => m.includes(`a${ESC}[31mb`))).toBe(true);
  });

  it('are escaped in the diff summary, as text and as Markdown; JSON escapes C1 too', () => {
    for (const format of ['text', 'markdown']) {
      const r = runCli(['diff', join(scratch, 'old'), join(scratch, 'new'), '--format', format]);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout, format).not.toMatch(RAW);
      expect(r.stdout, format).toMatch(/基本\\{1,2}u001b\\?\]0;pwned\\{1,2}u0007方針/);
      expect(r.stdout, format).toMatch(/\\{1,2}u001b\\?\[2J/);
      expect(r.stdout, format).toMatch(/テスト市\\{1,2}u009b2J/);
    }
    const json = runCli(['diff', join(scratch, 'old'), join(scratch, 'new'), '--format', 'json']);
    expect(json.stdout).not.toMatch(RAW);
    const summary = JSON.parse(json.stdout);
    expect(summary.documents[0].title).toBe(`基本${ESC}]0;pwned\u0007方針`);
    expect(summary.meta[0].new).toBe(`テスト市${CSI}2J`);
  });

  it('are escaped by the git diff driver, in its summary and in the plain diff of other files', () => {
    const repo = join(scratch, 'repo');
    write(join(repo, 'policy'), { 'policy.yaml': `org: { name: テスト市, kind: 市, self: 本市 }\ndocuments:\n  - { id: basic, tier: basic, title: 基本方針, sources: [basic.md] }\n`, 'basic.md': '# 目的 {#purpose}\n\n本文です。\n' });
    write(repo, { 'README.md': 'メモ\r\n', '.gitattributes': '*.md diff=hoshin\npolicy.yaml diff=hoshin\n' });
    const git = gitIn(repo);
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', '初版');
    git('config', 'diff.hoshin.command', `"${process.execPath}" "${join(ROOT, 'bin', 'hoshin.js')}" diff --git-driver`);
    write(join(repo, 'policy'), { 'basic.md': `# 目的 {#purpose}\n\n本文${ESC}[2Jです。\n` });
    write(repo, { 'README.md': `メモ${ESC}]0;pwned\u0007\r\n` });
    const { HOSHIN_DEBUG: _debug, ...env } = process.env;
    const out = execFileSync('git', ['-C', repo, 'diff'], { encoding: 'utf8', env: { ...env, NO_COLOR: '1', HOSHIN_CACHE_DIR: join(scratch, 'cache') } });
    expect(out).toContain('hoshin diff policy/basic.md');
    expect(out).toContain('「\\u001b[2J」を追加');
    expect(out).toContain('+メモ\\u001b]0;pwned\\u0007\r\n');
    expect(out.replaceAll('\r\n', '\n')).not.toMatch(RAW);
  });
});
