import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './support/build-example.js';
import { runCli } from './support/run-cli.js';

/** Every file below dir: relative path → content (base64), for comparing small trees. */
function tree(dir: string, prefix = ''): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(join(dir, prefix))) {
    const rel = join(prefix, name);
    if (statSync(join(dir, rel)).isDirectory()) for (const [k, v] of tree(dir, rel)) files.set(k, v);
    else files.set(rel, readFileSync(join(dir, rel)).toString('base64'));
  }
  return files;
}

// Builds killed mid-way must not leave their parse cache in the developer's ~/.cache.
const CACHE = mkdtempSync(join(tmpdir(), 'hoshin-cache-'));

function killAfter(args: string[], ms: number): Promise<void> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'hoshin.js'), ...args], { cwd: ROOT, stdio: 'ignore', env: { ...process.env, HOSHIN_CACHE_DIR: CACHE } });
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

describe('atomic output', () => {
  it('a build killed at any moment leaves either the previous output or the complete new one', async () => {
    const base = mkdtempSync(join(tmpdir(), 'hoshin-atomic-'));
    const out = join(base, 'dist');
    const complete = join(base, 'complete');
    expect(runCli(['build', 'examples/sample-town', '--out', complete]).status).toBe(0);
    const next = tree(complete);
    expect(runCli(['build', 'examples/nemuro-hokubu-fire', '--out', out]).status).toBe(0);
    let previous = tree(out);
    for (const ms of [300, 900, 1500, 2100, 2700, 3500]) {
      await killAfter(['build', 'examples/sample-town', '--out', out], ms);
      // The next build (or a look at the folder after recovery) must find a whole output.
      const now = tree(out);
      const same = (a: Map<string, string>) => a.size === now.size && [...a].every(([k, v]) => now.get(k) === v);
      expect(same(previous) || same(next), `killed after ${ms} ms`).toBe(true);
      previous = now;
    }
    // A later build cleans up whatever a killed one left beside the output.
    expect(runCli(['build', 'examples/nemuro-hokubu-fire', '--out', out]).status).toBe(0);
    expect(readdirSync(base).sort()).toEqual(['complete', 'dist']);
  });
});
