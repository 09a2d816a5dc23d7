import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';

const temp = () => mkdtempSync(join(tmpdir(), 'hoshin-init-'));

describe('hoshin init with names and places a new user may give', () => {
  it.each(['さくら町: 試行', '#1 町', '"さくら" 町', '[さくら] 町', 'さくら町 {test}'])('a name like %j gives a policy that checks and builds clean', (name) => {
    const dir = join(temp(), 'policy');
    expect(runCli(['init', dir, '--name', name, '--kind', '町']).status).toBe(0);
    const check = runCli(['check', dir]);
    expect(check.stderr + check.stdout).not.toContain('error');
    expect(check.status).toBe(0);
    const out = join(dir, 'dist');
    expect(runCli(['build', dir, '--out', out]).status).toBe(0);
    expect(readFileSync(join(out, 'public', 'basic.txt'), 'utf8')).toContain(`${name}（以下「本町」という。）`);
  });

  it('refuses a name with a line break or an escape sequence, writing nothing', () => {
    const dir = join(temp(), 'policy');
    const r = runCli(['init', dir, '--name', 'さくら町\n\u001b[31m', '--kind', '町']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--name');
    expect(r.stderr).not.toContain('\u001b');
    expect(existsSync(join(dir, 'policy.yaml'))).toBe(false);
  });

  it('ends at once with a Japanese message where a folder cannot be made (/proc/self/x)', () => {
    const r = runCli(['init', '/proc/self/x/y'], { timeout: 20_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^hoshin: \/proc\/self\/x\/y に雛形を作成できませんでした（.*）。\n$/);
  });

  it('never writes through a link left where policy.yaml goes', () => {
    const dir = temp();
    const elsewhere = join(temp(), 'not-yet');
    symlinkSync(elsewhere, join(dir, 'policy.yaml'));
    const r = runCli(['init', dir]);
    expect(r.status).toBe(2);
    expect(existsSync(elsewhere)).toBe(false);
  });

  it('does not hang on a cache folder that cannot be made (HOSHIN_CACHE_DIR under /proc/self)', () => {
    const dir = join(temp(), 'policy');
    mkdirSync(dir);
    expect(runCli(['init', dir]).status).toBe(0);
    const env = { HOSHIN_CACHE_DIR: '/proc/self/x/y' };
    const check = runCli(['check', dir], { env, timeout: 20_000 });
    expect(check.status).toBe(0);
    const build = runCli(['build', dir, '--out', join(dir, 'dist')], { env, timeout: 20_000 });
    expect(build.status).toBe(0);
  });
});
