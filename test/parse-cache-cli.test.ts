import { chmodSync, cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './support/build-example.js';
import { runCli } from './support/run-cli.js';

const temp = (name: string) => mkdtempSync(join(tmpdir(), `hoshin-${name}-`));
// The folder also holds hoshin's code cache (test/code-cache.test.ts).
const parseFiles = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('parse-'));

function build(policy: string, out: string, cache: string, ...extra: string[]) {
  const result = runCli(['build', policy, '--out', out, ...extra], { env: { HOSHIN_CACHE_DIR: cache, SOURCE_DATE_EPOCH: '1700000000' } });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(readFileSync(join(out, 'build.json'), 'utf8')) as unknown;
}

describe('the parse cache (hoshin build / check)', () => {
  it('gives the same bytes as a build without it, on its first and later runs, and only its owner reads it', () => {
    const policy = join(EXAMPLES, 'sample-town');
    const cache = temp('cache');
    const reference = build(policy, join(temp('out'), 'dist'), temp('unused'), '--no-cache');
    expect(build(policy, join(temp('out'), 'dist'), cache)).toEqual(reference);
    const [file] = parseFiles(cache);
    expect(file).toMatch(/^parse-[0-9a-f]{16}\.tsv$/);
    expect(statSync(join(cache, file)).mode & 0o777).toBe(0o600);
    expect(build(policy, join(temp('out'), 'dist'), cache)).toEqual(reference);
  });

  it('--no-cache writes no cache', () => {
    const cache = temp('cache');
    build(join(EXAMPLES, 'sample-town'), join(temp('out'), 'dist'), cache, '--no-cache');
    expect(readdirSync(cache)).toEqual([]);
  });

  it('never serves an old tree for changed text, and survives a damaged cache file', () => {
    const policy = join(temp('policy'), 'p');
    cpSync(join(EXAMPLES, 'izumi'), policy, { recursive: true });
    const cache = temp('cache');
    const out = join(temp('out'), 'dist');
    build(policy, out, cache);
    const source = join(policy, 'basic-policy.md');
    const text = readFileSync(source, 'utf8');
    expect(text).toContain('## ');
    writeFileSync(source, text.replace('## ', '## 改めた見出し'));
    build(policy, out, cache);
    expect(readFileSync(join(out, 'public', 'basic.txt'), 'utf8')).toContain('改めた見出し');

    const [file] = parseFiles(cache);
    const lines = readFileSync(join(cache, file), 'utf8').split('\n');
    writeFileSync(join(cache, file), [lines[0], ...lines.slice(1).map((l) => l.replace(/\t.*/, '\t{broken'))].join('\n'));
    const check = runCli(['check', policy], { env: { HOSHIN_CACHE_DIR: cache } });
    expect(check.stdout).toContain('問題はありません');
    expect(check.status).toBe(0);
    build(policy, out, cache);
    expect(readFileSync(join(out, 'public', 'basic.txt'), 'utf8')).toContain('改めた見出し');
    expect(existsSync(join(cache, file))).toBe(true);
  });
});

describe('a parse cache another user could have written', () => {
  it('is not read (its trees would become document text), and is replaced by one of this user', () => {
    const policy = join(EXAMPLES, 'sample-town');
    const cache = temp('cache');
    const out = join(temp('out'), 'dist');
    build(policy, out, cache);
    const [file] = parseFiles(cache);
    const planted = readFileSync(join(cache, file), 'utf8').replaceAll('情報', '植えた語');
    writeFileSync(join(cache, file), planted);
    // Owned by this user and writable by no one else: read, as a cache should be.
    build(policy, out, cache, '--format', 'txt');
    expect(readFileSync(join(out, 'internal', 'standards.txt'), 'utf8')).toContain('植えた語');
    writeFileSync(join(cache, file), planted);
    chmodSync(join(cache, file), 0o666);
    build(policy, out, cache, '--format', 'txt');
    expect(readFileSync(join(out, 'internal', 'standards.txt'), 'utf8')).not.toContain('植えた語');
    expect(statSync(join(cache, file)).mode & 0o777).toBe(0o600);
  });
});

describe('the render thread (DOCX in a second thread)', () => {
  it('gives the bytes a single-threaded build gives (HOSHIN_WORKERS=0)', () => {
    const policy = join(EXAMPLES, 'sample-town');
    const cache = temp('cache');
    const threaded = build(policy, join(temp('out'), 'dist'), cache);
    const single = runCli(['build', policy, '--out', join(temp('out'), 'dist')], { env: { HOSHIN_CACHE_DIR: cache, SOURCE_DATE_EPOCH: '1700000000', HOSHIN_WORKERS: '0' } });
    expect(single.status).toBe(0);
    const out = single.stdout.match(/ファイルを (.+) に出力しました/)![1];
    expect(JSON.parse(readFileSync(join(out, 'build.json'), 'utf8'))).toEqual(threaded);
  });
});

describe('the parse cache file', () => {
  it('is replaced whole; what killed runs left behind goes once it is old', () => {
    const cache = temp('cache');
    const policy = join(temp('policy'), 'p');
    cpSync(join(EXAMPLES, 'sample-town'), policy, { recursive: true });
    build(policy, join(temp('out'), 'dist'), cache);
    const [file] = parseFiles(cache);
    const stale = `${file}.0123456789ab`;
    const fresh = `${file}.ba9876543210`;
    writeFileSync(join(cache, stale), 'half');
    writeFileSync(join(cache, fresh), 'half');
    const old = new Date(Date.now() - 120_000);
    utimesSync(join(cache, stale), old, old);
    // An edit makes the next run parse, and so save the cache again.
    writeFileSync(join(policy, 'basic-policy.md'), readFileSync(join(policy, 'basic-policy.md'), 'utf8') + '\n追記。\n');
    build(policy, join(temp('out'), 'dist'), cache);
    expect(parseFiles(cache).sort()).toEqual([file, fresh].sort());
  });
});
