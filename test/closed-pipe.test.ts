// A reader that goes away early (`git diff | head -2`, `hoshin check | head`) ends hoshin quietly:
// no EPIPE, no stack trace, the command's own exit code, and files it was asked for still written.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT } from './support/build-example.js';
import { gitIn, scriptIzumiRevision } from './support/izumi-revision.js';

const BIN = join(ROOT, 'bin', 'hoshin.js');
const scratch = mkdtempSync(join(tmpdir(), 'hoshin-pipe-'));
const { HOSHIN_DEBUG: _debug, SOURCE_DATE_EPOCH: _epoch, ...env } = process.env;
const ENV = { ...env, NO_COLOR: '1', HOSHIN_CACHE_DIR: join(scratch, 'cache') };
const CRASH = /EPIPE|^\s+at |Unhandled|内部エラー|external diff died/m;
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Run hoshin with the read end of its stdout (or stderr) closed before it writes anything. */
function withClosed(stream: 'stdout' | 'stderr', args: string[], cwd = ROOT): Promise<{ code: number | null; other: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env: ENV, stdio: ['ignore', 'pipe', 'pipe'] });
    child[stream].destroy();
    const open = stream === 'stdout' ? child.stderr : child.stdout;
    let other = '';
    open.on('data', (chunk: Buffer) => (other += chunk.toString('utf8')));
    child.on('close', (code) => resolve({ code, other }));
  });
}

describe('a closed stdout', () => {
  let repo: string;
  beforeAll(() => {
    repo = join(scratch, 'repo');
    // Every file of the standards changes, so git starts the driver again after `head` is gone.
    scriptIzumiRevision(repo, {
      new: () => {
        const dir = join(repo, 'policy', 'standards');
        for (const name of readdirSync(dir)) writeFileSync(join(dir, name), readFileSync(join(dir, name), 'utf8').replaceAll('しなければならない。', 'しなければならない。なお、改正した。'));
      },
    });
    const git = gitIn(repo);
    // As docs/revisions.md tells users to set the driver up.
    writeFileSync(join(repo, '.gitattributes'), '*.md diff=hoshin\npolicy.yaml diff=hoshin\n');
    git('config', 'diff.hoshin.command', `"${process.execPath}" "${BIN}" diff --git-driver`);
  });

  it('ends the git diff driver quietly under `git diff … | head -2`, and git is content', () => {
    const script = 'git diff v2025 HEAD | head -2; echo "git-status=${PIPESTATUS[0]}" >&2';
    const r = spawnSync('bash', ['-c', script], { cwd: repo, env: ENV, encoding: 'utf8' });
    expect(r.stdout.split('\n').slice(0, 2).join('\n')).toMatch(/^hoshin diff policy\/standards\/\S+\.md\n\S/);
    expect(r.stderr).not.toMatch(CRASH);
    expect(r.stderr).toContain('git-status=0');
  });

  it('ends help, check, diff and build quietly, with their own exit codes', async () => {
    for (const args of [['--help'], ['help', 'diff'], ['check', join(EXAMPLES, 'izumi')], ['check', join(EXAMPLES, 'izumi'), '--format', 'json']]) {
      const r = await withClosed('stdout', args);
      expect(r.other, args.join(' ')).not.toMatch(CRASH);
      expect(r.code, args.join(' ')).toBe(0);
    }
    const diff = await withClosed('stdout', ['diff', 'v2025', 'HEAD', '--dir', 'policy', '--out', join(scratch, 'comparison')], repo);
    expect(diff.other).not.toMatch(CRASH);
    expect(diff.code).toBe(0);
    // The summary went nowhere, but the 新旧対照表 asked for is written (in whichever subfolder).
    const written = readdirSync(join(scratch, 'comparison'), { recursive: true }).map(String);
    expect(written.some((name) => name.endsWith('standards.新旧対照表.html'))).toBe(true);
    const build = await withClosed('stdout', ['build', join(EXAMPLES, 'izumi'), '--out', join(scratch, 'dist'), '--format', 'html']);
    expect(build.other).not.toMatch(CRASH);
    expect(build.code).toBe(0);
    expect(existsSync(join(scratch, 'dist', 'public', 'basic.html'))).toBe(true);
  });

  it('ends quietly when stderr is closed too (diff --out reports its files there)', async () => {
    const r = await withClosed('stderr', ['diff', 'v2025', 'HEAD', '--dir', 'policy', '--out', join(scratch, 'comparison-2')], repo);
    expect(r.code).toBe(0);
    expect(r.other).toContain('修正');
  });
});
