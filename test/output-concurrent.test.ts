import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliAsync } from './support/run-cli.js';

/** A policy of n small documents, half of them public: many output files, quickly rendered. */
function generatedPolicy(dir: string, n: number): void {
  const lines = ['org: { name: テスト市, kind: 市, self: 本市 }', 'documents:'];
  for (let i = 0; i < n; i++) {
    lines.push(`  - { id: d${i}, tier: ${i % 2 === 0 ? 'basic' : 'standards'}, title: 文書${i}, sources: [d${i}.md] }`);
    const body = Array.from({ length: 5 }, (_, k) => `# 見出し${k}\n\n本市は、第${i}の文書の${k}番目の規定を守らなければならない。`).join('\n\n');
    writeFileSync(join(dir, `d${i}.md`), `${body}\n`);
  }
  writeFileSync(join(dir, 'policy.yaml'), `${lines.join('\n')}\n`);
}

function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((rel) => statSync(join(dir, rel)).isFile())
    .map((rel) => relative(dir, join(dir, rel)).split('\\').join('/'))
    .sort();
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('two builds into one output folder', () => {
  it('never mix or break the output: the later one waits for the earlier one to finish writing', async () => {
    const base = mkdtempSync(join(tmpdir(), 'hoshin-concurrent-'));
    const policy = join(base, 'policy');
    const out = join(base, 'dist');
    mkdirSync(policy);
    generatedPolicy(policy, 200);
    // The same work for both, so that their writing overlaps.
    for (const delay of [0, 100, 200, 300]) {
      const a = runCliAsync(['build', policy, '--out', out, '--format', 'html,md,txt']);
      await sleep(delay);
      const b = runCliAsync(['build', policy, '--out', out, '--format', 'html,md,txt']);
      const results = await Promise.all([a, b]);
      for (const r of results) {
        expect(r.stderr, `started ${delay} ms apart`).not.toContain('内部エラー');
        expect(r.status, `started ${delay} ms apart: ${r.stderr}`).toBe(0);
      }
      const record = JSON.parse(readFileSync(join(out, 'build.json'), 'utf8')) as { outputs: Array<{ path: string; sha256: string }> };
      expect(filesBelow(out)).toEqual([...record.outputs.map((o) => o.path), 'build.json'].sort());
      for (const o of record.outputs) expect(createHash('sha256').update(readFileSync(join(out, o.path))).digest('hex'), o.path).toBe(o.sha256);
      // Nothing left beside the output: no staging folder, no lock.
      expect(readdirSync(base).sort()).toEqual(['dist', 'policy']);
    }
  }, 240_000);
});
