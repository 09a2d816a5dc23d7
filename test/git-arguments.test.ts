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
