import { chmodSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLES } from './support/build-example.js';
import { runCli } from './support/run-cli.js';

const temp = (name: string) => mkdtempSync(join(tmpdir(), `hoshin-${name}-`));
const codeFiles = (dir: string) => readdirSync(dir).filter((name) => name.startsWith('code-')).sort();

function build(cache: string, ...extra: string[]) {
  const out = join(temp('out'), 'dist');
  const result = runCli(['build', join(EXAMPLES, 'izumi'), '--out', out, ...extra], { env: { HOSHIN_CACHE_DIR: cache, SOURCE_DATE_EPOCH: '1700000000' } });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return readFileSync(join(out, 'build.json'), 'utf8');
}

describe('the code cache (V8 bytecode of hoshin itself)', () => {
  it('is written once per command, readable by its owner only, and kept while V8 accepts it', () => {
    const cache = temp('cache');
    const reference = build(temp('unused'), '--no-cache');
    expect(build(cache)).toBe(reference);
    // The render thread (DOCX) has its own, when the machine has a second core.
    const files = codeFiles(cache).filter((name) => !name.startsWith('code-render-worker-'));
    expect(files).toEqual([expect.stringMatching(/^code-build-[0-9a-f]{16}\.bin$/)]);
    const file = join(cache, files[0]);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const written = statSync(file).mtimeMs;

    // A second run reads it: V8 accepted it, so it is not written again.
    expect(build(cache)).toBe(reference);
    expect(statSync(file).mtimeMs).toBe(written);

    const check = runCli(['check', join(EXAMPLES, 'izumi')], { env: { HOSHIN_CACHE_DIR: cache } });
    expect(check.stdout).toContain('問題はありません');
    expect(codeFiles(cache).some((name) => /^code-check-[0-9a-f]{16}\.bin$/.test(name))).toBe(true);
  });

  it('--no-cache neither reads nor writes one', () => {
    const cache = temp('cache');
    build(cache, '--no-cache');
    expect(readdirSync(cache)).toEqual([]);
  });

  it('a damaged file is not used but written again, and an older bundle’s file is removed', () => {
    const cache = temp('cache');
    const reference = build(cache);
    const [name] = codeFiles(cache).filter((n) => n.startsWith('code-build-'));
    const file = join(cache, name);
    const bytes = readFileSync(file);
    bytes[bytes.length >> 1] ^= 0xff;
    writeFileSync(file, bytes);
    writeFileSync(join(cache, 'code-build-0000000000000000.bin'), 'an older bundle');
    expect(build(cache)).toBe(reference);
    expect(readFileSync(file)).not.toEqual(bytes);
    expect(codeFiles(cache).filter((n) => n.startsWith('code-build-'))).toEqual([name]);
    // Whole again: the next run keeps it.
    const rewritten = statSync(file).mtimeMs;
    expect(build(cache)).toBe(reference);
    expect(statSync(file).mtimeMs).toBe(rewritten);
  });

  it('a file others could have written is not used (V8 would run it), but replaced', () => {
    const cache = temp('cache');
    const reference = build(cache);
    const [name] = codeFiles(cache).filter((n) => n.startsWith('code-build-'));
    const file = join(cache, name);
    chmodSync(file, 0o666);
    expect(build(cache)).toBe(reference);
    // Not read, so written again (a new file, through a rename), for this user only.
    expect(statSync(file).mode & 0o777).toBe(0o600);
  });

  it('a cache folder that cannot be written costs nothing but time', () => {
    const blocked = join(temp('cache'), 'not-a-folder');
    writeFileSync(blocked, '');
    expect(build(blocked)).toBe(build(temp('cache')));
  });
});
