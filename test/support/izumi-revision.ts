import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build-example.js';

/** git in a test repository, committing as 情報政策課. */
export function gitIn(repo: string) {
  return (...args: string[]) =>
    execFileSync('git', ['-C', repo, '-c', 'user.name=情報政策課', '-c', 'user.email=joho@example.invalid', ...args], { encoding: 'utf8' });
}

/**
 * The scripted revision of examples/izumi used by the diff tests: copied to repo/policy and
 * committed as tag v2025; then 2.4 在宅勤務 changed and a new 2.9 生成AIの利用 added, committed as
 * HEAD. `old` and `new` let a test add its own files to either commit.
 */
export function scriptIzumiRevision(repo: string, hooks: { old?: () => void; new?: () => void } = {}): void {
  const git = gitIn(repo);
  cpSync(join(ROOT, 'examples', 'izumi'), join(repo, 'policy'), { recursive: true });
  hooks.old?.();
  git('init', '-q');
  git('add', '.');
  git('commit', '-qm', '令和6年度版');
  git('tag', 'v2025');
  const telework = join(repo, 'policy', 'standards', '03-contractors.md');
  writeFileSync(telework, readFileSync(telework, 'utf8').replace('重要度分類Ⅱ及びⅢの情報に限る', '重要度分類Ⅲの情報に限る'));
  appendFileSync(join(repo, 'policy', 'standards', '05-evaluation.md'), '\n## 生成AIの利用 {#generative-ai}\n\n職員等は、生成AIサービスに重要度分類Ⅰ及びⅡの情報資産を入力してはならない。\n');
  hooks.new?.();
  git('commit', '-qam', '在宅勤務の改正、生成AIの新設');
}
