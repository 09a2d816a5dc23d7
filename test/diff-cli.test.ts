import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/build-example.js';
import { gitIn, scriptIzumiRevision } from './support/izumi-revision.js';
import { runCli } from './support/run-cli.js';

// A scripted revision of examples/izumi in a real git repository: 2.4 在宅勤務 changed, a new 2.9
// added, the work tree then edited further (which `diff v2025 HEAD` must not see).
let repo: string;
let git: ReturnType<typeof gitIn>;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'hoshin-diff-'));
  git = gitIn(repo);
  scriptIzumiRevision(repo);
  appendFileSync(join(repo, 'policy', 'standards', '03-contractors.md'), '\n作業中の未コミットの変更。\n');
});

describe('hoshin diff (git)', () => {
  it('summarizes two revisions read from git objects, not the work tree', () => {
    const r = runCli(['diff', 'v2025', 'HEAD', '--dir', 'policy'], { cwd: repo });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('和泉市情報セキュリティ基本方針（basic）: 変更なし');
    expect(r.stdout).toContain('修正 1、新設 1、削除 0、移動 0、番号のみ変更 0');
    expect(r.stdout).toContain('2.4 在宅勤務で取り扱う情報資産: 「Ⅱ及び」を削除');
    expect(r.stdout).toContain('2.9 生成AIの利用: （新設）');
    expect(r.stdout).not.toContain('作業中');
  });

  it('works from inside the policy folder, with HEAD~1, and as JSON and Markdown', () => {
    const cwd = join(repo, 'policy');
    const json = JSON.parse(runCli(['diff', 'HEAD~1', 'HEAD', '--format', 'json'], { cwd }).stdout);
    const standards = json.documents.find((d: { id: string }) => d.id === 'standards');
    expect(standards.counts).toEqual({ modified: 1, added: 1, deleted: 0, moved: 0, renumbered: 0 });
    expect(standards.entries.map((e: { ref: string }) => e.ref)).toEqual(['2.4', '2.9']);
    const md = runCli(['diff', 'HEAD~1', 'HEAD', '--format', 'markdown'], { cwd }).stdout;
    expect(md).toContain('- **2.4 在宅勤務で取り扱う情報資産**: 「~~Ⅱ及び~~」を削除');
  });

  it('compares two folders too', () => {
    const r = runCli(['diff', join(ROOT, 'examples', 'izumi'), join(repo, 'policy')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('作業中の未コミットの変更。');
  });

  it('serves as git diff driver: section-aware for policy files, unified for others', () => {
    writeFileSync(join(repo, '.gitattributes'), '*.md diff=hoshin\npolicy.yaml diff=hoshin\n');
    git('config', 'diff.hoshin.command', `"${process.execPath}" "${join(ROOT, 'bin', 'hoshin.js')}" diff --git-driver`);
    writeFileSync(join(repo, 'policy', 'notes.md'), 'メモ\n');
    const out = git('diff');
    expect(out).toContain('hoshin diff policy/standards/03-contractors.md');
    expect(out).toMatch(/2\.4 \S+: 行を追加「作業中の未コミットの変更。」/);
    git('add', 'policy/notes.md');
    expect(git('diff', '--cached', '--', 'policy/notes.md')).toContain('+メモ');
    git('rm', '-q', '--cached', 'policy/notes.md');
  });

  it('explains an unknown revision, a folder outside git and a side with errors', () => {
    const unknown = runCli(['diff', 'v1999', 'HEAD', '--dir', 'policy'], { cwd: repo });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('リビジョン「v1999」が見つかりません');
    const outside = runCli(['diff', 'a', 'b'], { cwd: tmpdir() });
    expect(outside.status).toBe(2);
    expect(outside.stderr).toContain('git のリポジトリでもありません');
    writeFileSync(join(repo, 'policy', 'policy.yaml'), 'org: [\n');
    git('commit', '-qam', '壊れたマニフェスト');
    const broken = runCli(['diff', 'v2025', 'HEAD', '--dir', 'policy'], { cwd: repo });
    expect(broken.status).toBe(1);
    expect(broken.stderr).toMatch(/HEAD:policy\/policy\.yaml:\d+:\d+ {2}error/);
    git('reset', '-q', '--hard', 'HEAD~1');
  });
});
