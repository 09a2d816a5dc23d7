// A revision given to `hoshin diff` never reaches git as an option: `--output=FILE` would make git
// write a file. Such a name is refused with a Japanese message (exit 2) and git writes nothing.
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from './support/build-example.js';
import { scriptIzumiRevision } from './support/izumi-revision.js';
import { runCli } from './support/run-cli.js';

let repo: string;
let trap: string;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'hoshin-git-args-'));
  trap = mkdtempSync(join(tmpdir(), 'hoshin-git-trap-'));
  scriptIzumiRevision(repo);
});
afterAll(() => {
  for (const dir of [repo, trap]) rmSync(dir, { recursive: true, force: true });
});

describe('hoshin diff with a revision that looks like an option', () => {
  it.each([
    (file: string) => ['diff', '--dir', 'policy', '--', `--output=${file}`, 'HEAD'],
    (file: string) => ['diff', '--dir', 'policy', '--', 'v2025', `--output=${file}`],
    (file: string) => ['diff', '--', `-o${file}`, 'HEAD'],
    (file: string) => ['diff', '--', '--no-index', `--output=${file}`],
  ])('refuses it and git writes no file (%#)', (command) => {
    const file = join(trap, `pwn-${Math.random().toString(36).slice(2)}`);
    const r = runCli(command(file), { cwd: repo });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('は - で始まるため、リビジョンとしては使えません');
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(readdirSync(trap)).toEqual([]);
    expect(existsSync(file)).toBe(false);
  });

  it('still takes a folder whose name starts with -, as ./-name', () => {
    cpSync(join(EXAMPLES, 'izumi'), join(repo, '-old'), { recursive: true });
    const r = runCli(['diff', './-old', 'policy'], { cwd: repo });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('2.9 生成AIの利用: （新設）');
  });
});

describe('hoshin diff with a revision that names more than one commit', () => {
  it.each(['v2025..HEAD', 'v2025...HEAD', '^v2025', 'HEAD^@'])('%s: exit 2 with a Japanese message, not a false policy error', (spec) => {
    const r = runCli(['diff', spec, 'HEAD', '--dir', 'policy'], { cwd: repo });
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toBe(`hoshin: 「${spec}」は範囲で、一つの版ではありません。比べる二つの版を、古い方、新しい方の順に別々に指定してください（例: hoshin diff v2025 HEAD）。\n`);
  });

  it.each(['HEAD~1', 'v2025^{}', 'HEAD@{0}'])('%s names one commit and is compared', (spec) => {
    const r = runCli(['diff', spec, 'HEAD', '--dir', 'policy'], { cwd: repo });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('和泉市情報セキュリティ基本方針（basic）');
  });
});
