// `hoshin build --watch` as an author runs it: the real CLI on a copy of an example; every save
// rebuilds both editions, an error leaves the last output in place, Ctrl-C stops it cleanly.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES, ROOT } from './support/build-example.js';
import { runCli } from './support/run-cli.js';

const BIN = join(ROOT, 'bin', 'hoshin.js');

/** `hoshin build --watch` on a fresh copy of examples/izumi, and what it has printed so far. */
function watchIzumi() {
  const scratch = mkdtempSync(join(tmpdir(), 'hoshin-watch-'));
  const policy = join(scratch, 'policy');
  const out = join(scratch, 'dist');
  cpSync(join(EXAMPLES, 'izumi'), policy, { recursive: true });
  const { HOSHIN_DEBUG: _debug, ...env } = process.env;
  const child = spawn(process.execPath, [BIN, 'build', policy, '--out', out, '--watch'], {
    env: { ...env, NO_COLOR: '1', HOSHIN_CACHE_DIR: join(scratch, 'cache'), SOURCE_DATE_EPOCH: '1700000000' },
  });
  const watcher = { child, stdout: '', stderr: '' };
  child.stdout.on('data', (chunk: Buffer) => (watcher.stdout += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (watcher.stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const waitFor = async (test: () => boolean, what: string) => {
    for (let waited = 0; !test(); waited += 50) {
      if (waited > 15_000) throw new Error(`${what} did not happen:\n${watcher.stdout}\n${watcher.stderr}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  return { scratch, policy, out, watcher, waitFor, exited };
}

describe('hoshin build --watch', () => {
  it('rebuilds on save, keeps the last good output on an error, and stops on Ctrl-C', async () => {
    const { scratch, policy, out, watcher, waitFor, exited } = watchIzumi();
    const record = () => (JSON.parse(readFileSync(join(out, 'build.json'), 'utf8')) as { outputs: Array<{ path: string; sha256: string }> }).outputs;
    try {
      await waitFor(() => watcher.stdout.includes('保存するたびに出力し直します'), 'the first build');
      const first = record();
      const source = join(policy, 'standards', '02-assets.md');
      writeFileSync(source, readFileSync(source, 'utf8') + '\n監視中に追記した文。\n');
      await waitFor(() => /再ビルドしました（\d+ ms）/.test(watcher.stdout), 'a rebuild after the save');
      expect(readFileSync(join(out, 'internal', 'standards.txt'), 'utf8')).toContain('監視中に追記した文。');
      // The public edition does not hold the internal standards: its files are the same bytes.
      const second = record();
      const publicFiles = (outputs: typeof first) => outputs.filter((o) => o.path.startsWith('public/'));
      expect(publicFiles(second)).toEqual(publicFiles(first));
      expect(second).not.toEqual(first);

      writeFileSync(source, readFileSync(source, 'utf8') + '\n{{org.nosuch}}\n');
      await waitFor(() => watcher.stderr.includes('template-unknown-variable'), 'the error report');
      await waitFor(() => watcher.stderr.includes('以前の出力はそのままです'), 'the error report');
      expect(record()).toEqual(second);
      // The report of the error is the last word on that save: no 「再ビルドしました」 after it.
      expect(watcher.stdout.match(/再ビルドしました/g)).toHaveLength(1);

      // Mended: the rebuild (unchanged documents reused, the DOCX thread sent only what changed)
      // gives the bytes a fresh build of the same text gives.
      writeFileSync(source, readFileSync(source, 'utf8').replace('{{org.nosuch}}', '改めた文。'));
      await waitFor(() => (watcher.stdout.match(/再ビルドしました/g) ?? []).length >= 2, 'a rebuild after the mend');
      const fresh = runCli(['build', policy, '--out', join(scratch, 'fresh')], { env: { SOURCE_DATE_EPOCH: '1700000000' } });
      expect(fresh.status).toBe(0);
      const freshRecord = (JSON.parse(readFileSync(join(scratch, 'fresh', 'build.json'), 'utf8')) as { outputs: unknown }).outputs;
      expect(record()).toEqual(freshRecord);
    } finally {
      watcher.child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    expect(watcher.stdout).toContain('終了しました');
  });

  // Rebuilds reuse each block's rendering where its content and context are unchanged (md and
  // HTML sections, runs of DOCX blocks). Edits that change a block's context — a table after a table, the
  // 目次 entries before it, hanging widths, runs of internal blocks framed together — must still
  // give the bytes of a fresh build in another process, which remembers nothing.
  it('gives after every kind of edit the bytes of a fresh build', async () => {
    const { scratch, policy, out, watcher, waitFor, exited } = watchIzumi();
    const rebuilds = () => (watcher.stdout.match(/再ビルドしました/g) ?? []).length;
    const outputs = (dir: string) => (JSON.parse(readFileSync(join(dir, 'build.json'), 'utf8')) as { outputs: unknown }).outputs;
    const basic = join(policy, 'basic-policy.md');
    const assets = join(policy, 'standards', '02-assets.md');
    const organization = join(policy, 'standards', '01-organization.md');
    const table = (name: string) => `\n| 区分 | ${name} |\n| --- | --- |\n| 一 | 二 |\n`;
    const edits: Array<[string, string, (text: string) => string]> = [
      // Every block after it moves down a line: blocks are known by content, not by where they were written.
      ['an empty line at the top of a file', assets, (t) => `\n${t}`],
      ['two tables in a row', basic, (t) => `${t}\n${table('表一')}${table('表二')}`],
      ['a heading before every other', assets, (t) => t.replace(/^(## .*)$/m, '## 新しい節 {#new-first}\n\n新しい節の本文。\n\n$1')],
      ['two internal blocks in a row', basic, (t) => `${t}\n:::internal\n非公開の一。\n:::\n\n:::internal\n非公開の二。\n:::\n`],
      // A hundredth item widens the numbers of its level in every file of the document.
      ['a hundred items', organization, (t) => t.replace(/^(1\. 情報政策担当部署に所属する者を補佐とする)$/m, `$1${'\n1. 追加した項目。'.repeat(100)}`)],
      // The same lines as the table, so the table after it stays where it was.
      ['the first of two tables made a paragraph', basic, (t) => t.replace(table('表一'), '\n段落の一行目\n二行目\n三行目\n')],
    ];
    try {
      await waitFor(() => watcher.stdout.includes('保存するたびに出力し直します'), 'the first build');
      for (const [what, file, edit] of edits) {
        const before = rebuilds();
        const text = readFileSync(file, 'utf8');
        expect(edit(text), what).not.toBe(text);
        writeFileSync(file, edit(text));
        await waitFor(() => rebuilds() > before, `a rebuild after ${what}`);
        const fresh = join(scratch, `fresh-${before}`);
        expect(runCli(['build', policy, '--out', fresh], { env: { SOURCE_DATE_EPOCH: '1700000000' } }).status).toBe(0);
        expect(outputs(out), what).toEqual(outputs(fresh));
      }
    } finally {
      watcher.child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });
});
