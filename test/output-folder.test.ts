import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/build-example.js';
import { runCli, runCliAsync } from './support/run-cli.js';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const temp = () => mkdtempSync(join(tmpdir(), 'hoshin-out-'));

/** The one-document policy ($M) in a new folder. */
function smallPolicy(dir: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'policy.yaml'), 'org: { name: テスト市, kind: 市, self: 本市 }\ndocuments:\n  - { id: basic, tier: basic, title: 基本方針, sources: [basic.md] }\n');
  writeFileSync(join(dir, 'basic.md'), '# 目的\n\n本市の情報資産を守る。\n');
  return dir;
}

/** Every file below dir: relative path → sha256. */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const path = join(dir, rel);
    if (statSync(path).isFile()) files.set(rel.split('\\').join('/'), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return files;
}

/** build.json lists exactly the hoshin outputs present (besides `others`), each with its sha256. */
function expectComplete(out: string, others: string[] = []): void {
  const record = JSON.parse(readFileSync(join(out, 'build.json'), 'utf8')) as { outputs: Array<{ path: string; sha256: string }> };
  const present = tree(out);
  expect([...present.keys()].sort()).toEqual([...record.outputs.map((o) => o.path), 'build.json', ...others].sort());
  for (const o of record.outputs) expect(present.get(o.path), o.path).toBe(o.sha256);
}

const hoshinLeftovers = (dir: string) => readdirSync(dir).filter((n) => /\.hoshin-(new|old|lock)/.test(n));

describe('the output folder: only what hoshin wrote is replaced (issue 13, item 5)', () => {
  it("keeps a person's files in dist/public and beside dist, and removes outputs the new build no longer makes", () => {
    const base = temp();
    const policy = smallPolicy(join(base, 'policy'));
    const out = join(base, 'dist');
    expect(runCli(['build', policy, '--out', out, '--format', 'txt,md']).status).toBe(0);
    writeFileSync(join(out, 'public', 'CNAME'), 'policy.example.lg.jp\n');
    mkdirSync(join(out, 'public', 'images'));
    writeFileSync(join(out, 'public', 'images', 'logo.png'), 'PNG');
    mkdirSync(join(base, 'dist.hoshin-notes'));
    writeFileSync(join(base, 'dist.hoshin-notes', 'memo.txt'), 'メモ');
    const r = runCli(['build', policy, '--out', out, '--format', 'txt']);
    expect(r.status, r.stderr).toBe(0);
    expect(readFileSync(join(out, 'public', 'CNAME'), 'utf8')).toBe('policy.example.lg.jp\n');
    expect(readFileSync(join(out, 'public', 'images', 'logo.png'), 'utf8')).toBe('PNG');
    expect(readFileSync(join(base, 'dist.hoshin-notes', 'memo.txt'), 'utf8')).toBe('メモ');
    // The md outputs of the first build are gone; the person's files are not in build.json.
    expectComplete(out, ['public/CNAME', 'public/images/logo.png']);
    expect(existsSync(join(out, 'public', 'basic.md'))).toBe(false);
  });

  it("refuses, naming the file, to overwrite a person's file where an output goes", () => {
    const base = temp();
    const policy = smallPolicy(join(base, 'policy'));
    const out = join(base, 'dist');
    expect(runCli(['build', policy, '--out', out, '--format', 'txt']).status).toBe(0);
    writeFileSync(join(out, 'public', 'basic.md'), '手で書いた文書');
    const before = tree(out);
    const r = runCli(['build', policy, '--out', out, '--format', 'txt,md']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('public/basic.md');
    expect(r.stderr).toContain('上書きしません');
    expect(tree(out)).toEqual(before);
    expect(hoshinLeftovers(base)).toEqual([]);
  });

  it('refuses an --out that is or holds the policy folder, however it is spelled, and deletes nothing', () => {
    const base = temp();
    const nest = join(base, 'nest');
    const policy = smallPolicy(join(nest, 'internal'));
    const before = tree(nest);
    const spellings = [['nest'], ['nest/internal'], ['nest/internal/..'], ['.']];
    for (const [out] of spellings) {
      const r = runCli(['build', 'nest/internal', '--out', out, '--format', 'txt'], { cwd: base });
      expect(r.status, out).toBe(2);
      expect(r.stderr, out).toContain('ポリシーのフォルダ');
      expect(r.stderr).not.toContain('内部エラー');
    }
    expect(tree(nest)).toEqual(before);
    // dist inside the policy folder is where `hoshin init`'s .gitignore expects it.
    expect(runCli(['build', policy, '--out', join(policy, 'dist'), '--format', 'txt']).status).toBe(0);
  });
});

describe('a build waiting for another one into the same folder (issue 13, item 6)', () => {
  it('does not write while a live process holds the lock, and takes over once that process has ended', async () => {
    const base = temp();
    const policy = smallPolicy(join(base, 'policy'));
    const out = join(base, 'dist');
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600000)'], { stdio: 'ignore' });
    const ended = new Promise((resolve) => holder.on('exit', resolve));
    writeFileSync(`${out}.hoshin-lock`, `${holder.pid} ${hostname()}\n`);
    let done = false;
    const build = runCliAsync(['build', policy, '--out', out, '--format', 'txt']).finally(() => {
      done = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 4000));
    expect(done).toBe(false);
    expect(existsSync(out)).toBe(false);
    holder.kill();
    await ended;
    const r = await build;
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('待っています');
    expectComplete(out);
    expect(hoshinLeftovers(base)).toEqual([]);
  }, 60_000);
});

/** Root may write into a read-only folder: the permission tests run as an ordinary user. */
const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : undefined;

/** A folder the test user owns, with the policy, a cache folder, and the output path. */
function userScratch() {
  const base = temp();
  const policy = smallPolicy(join(base, 'policy'));
  mkdirSync(join(base, 'cache'));
  if (asUser) for (const path of [base, policy, join(base, 'cache'), ...readdirSync(policy).map((n) => join(policy, n))]) chownSync(path, asUser.uid, asUser.gid);
  const run = (args: string[]) => runCli(args, { user: asUser, env: { HOSHIN_CACHE_DIR: join(base, 'cache') } });
  return { base, policy, out: join(base, 'dist'), run };
}

describe('a folder of the output that cannot be written (issue 13, item 7)', () => {
  it('refuses before changing anything, says so truly, and builds once it is writable again', () => {
    const { base, policy, out, run } = userScratch();
    expect(run(['build', policy, '--out', out, '--format', 'txt']).status).toBe(0);
    chmodSync(join(out, 'public'), 0o555);
    const before = tree(out);
    const r = run(['build', policy, '--out', out, '--format', 'txt,md']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('以前の出力はそのままです');
    // True: the folder holds the previous build, whole, and nothing beside it.
    expect(tree(out)).toEqual(before);
    expectComplete(out);
    expect(hoshinLeftovers(base)).toEqual([]);
    expect(r.stderr).toMatch(/dist\/public/);
    chmodSync(join(out, 'public'), 0o755);
    const again = run(['build', policy, '--out', out, '--format', 'txt,md']);
    expect(again.status, again.stderr).toBe(0);
    expectComplete(out);
  });

  it('removes a read-only previous output a failed swap left beside the folder, instead of failing every later build', () => {
    const { base, policy, out, run } = userScratch();
    expect(run(['build', policy, '--out', out, '--format', 'txt']).status).toBe(0);
    // What a build whose clean-up failed left: its previous output, renamed, with a read-only folder.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const retired = join(base, `dist.hoshin-old-${dead}-1700000000000`);
    cpSync(out, retired, { recursive: true });
    if (asUser) execFileSync('chown', ['-R', `${asUser.uid}:${asUser.gid}`, retired]);
    chmodSync(join(retired, 'public'), 0o555);
    const r = run(['build', policy, '--out', out, '--format', 'txt,md']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('内部エラー');
    expectComplete(out);
    expect(hoshinLeftovers(base)).toEqual([]);
  });
});

describe('rebuilding one commit gives the same bytes (issue 13, item 8)', () => {
  const git = (repo: string, ...args: string[]) =>
    execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args], { encoding: 'utf8' });

  it('an output folder inside the policy repository does not make the source dirty', () => {
    const repo = temp();
    cpSync(join(ROOT, 'examples', 'nemuro-hokubu-fire'), repo, { recursive: true });
    git(repo, 'init', '-q');
    git(repo, 'add', '.');
    git(repo, 'commit', '-qm', 'approved');
    const builds = [0, 1].map(() => {
      const r = runCli(['build', '--out', 'dist'], { cwd: repo });
      expect(r.status, r.stderr).toBe(0);
      return { record: JSON.parse(readFileSync(join(repo, 'dist', 'build.json'), 'utf8')), docx: readFileSync(join(repo, 'dist', 'public', 'basic.docx')) };
    });
    expect(builds[0].record.source.dirty).toBe(false);
    expect(builds[1].record.source.dirty).toBe(false);
    expect(builds[1].record).toEqual(builds[0].record);
    expect(builds[1].docx.equals(builds[0].docx)).toBe(true);
    // A change of a source still counts.
    writeFileSync(join(repo, 'basic-policy.md'), `${readFileSync(join(repo, 'basic-policy.md'), 'utf8')}\n追記。\n`);
    expect(runCli(['build', '--out', 'dist'], { cwd: repo }).status).toBe(0);
    expect(JSON.parse(readFileSync(join(repo, 'dist', 'build.json'), 'utf8')).source.dirty).toBe(true);
  });

  it('hoshin init writes a .gitignore for dist/, so a build leaves the repository clean; an existing one is kept', () => {
    const dir = join(temp(), 'policy');
    expect(runCli(['init', dir, '--name', 'さくら町', '--kind', '町']).status).toBe(0);
    git(dir, 'init', '-q');
    git(dir, 'add', '.');
    git(dir, 'commit', '-qm', 'init');
    expect(runCli(['build', '--out', 'dist', '--format', 'txt'], { cwd: dir }).status).toBe(0);
    expect(git(dir, 'status', '--porcelain')).toBe('');
    const other = temp();
    writeFileSync(join(other, '.gitignore'), 'mine\n');
    expect(runCli(['init', other]).status).toBe(0);
    expect(readFileSync(join(other, '.gitignore'), 'utf8')).toBe('mine\n');
  });
});

describe('an output path that cannot be made (issue 13, item 12)', () => {
  it('ends with a Japanese message and exit 2, without spinning', () => {
    const base = temp();
    const policy = smallPolicy(join(base, 'policy'));
    for (const out of ['/proc/self/x', '/proc/self/y/z', join(policy, 'policy.yaml'), join(policy, 'basic.md', 'x'), '/dev/null', join(base, 'x'.repeat(300))]) {
      const r = runCli(['build', policy, '--out', out, '--format', 'txt'], { timeout: 30_000 });
      expect(r.status, out).toBe(2);
      expect(r.stderr, out).toMatch(JAPANESE);
      expect(r.stderr, out).toContain('出力先');
      expect(r.stderr, out).not.toContain('内部エラー');
      expect(r.stderr, out).not.toMatch(/\n\s+at /);
    }
    // hoshin diff --out too.
    const fixture = join(ROOT, 'test', 'fixtures', 'diff', 'modify-word');
    const r = runCli(['diff', join(fixture, 'old'), join(fixture, 'new'), '--out', '/proc/self/x'], { timeout: 30_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('出力先');
    expect(r.stderr).not.toContain('内部エラー');
  }, 240_000);
});
