// Why: a template is code a policy's author writes, and four nested {{#each}} over 200 rows once
// built gigabytes for minutes. Each template run and each document's expansion is bounded by
// counting (output characters, #each iterations), not by a clock, so the same source always gives
// the same error. Here the build runs with V8's heap capped well below what any of these bombs
// would need: had it run the bomb, it would die of an out-of-memory crash instead of exiting 1
// with the positioned error. The cases are folders of test/fixtures/invalid (whose own test checks
// `check`'s positions); needs a built CLI (`npm run build`).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCliAsync } from './support/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'hoshin-template-limits-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

// hoshin's ordinary builds of these small policies stay far below this; the bombs need gigabytes.
const HEAP_MB = 256;

describe.concurrent.each([
  ['template-bomb', 'basic.md:5:1', 'テンプレートの出力が大きすぎます'],
  ['template-bomb-inline', 'basic.md:4:1', 'テンプレートの出力が大きすぎます'],
  ['template-bomb-value', 'basic.md:21:1', 'この文書のテンプレートが出力する文字が多すぎます'],
  ['template-bomb-policy', 'policy.yaml:23:5', 'テンプレートが出力する文字がポリシー全体で多すぎます'],
])('%s', (name, place, message) => {
  it(`build under a ${HEAP_MB} MB heap: exit 1, template-too-large at ${place}, nothing written`, async () => {
    const base = mkdtempSync(join(scratch, `${name}-`));
    const run = await runCliAsync(['build', `test/fixtures/invalid/${name}`, '--out', join(base, 'dist')], {
      env: { NODE_OPTIONS: `--max-old-space-size=${HEAP_MB}` },
    });
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).not.toContain('内部エラー');
    expect(run.status, run.stderr).toBe(1);
    const line = run.stderr.split('\n').find((l) => l.startsWith(`test/fixtures/invalid/${name}/${place}  error  `));
    expect(line, run.stderr).toContain(message);
    expect(line).toMatch(/template-too-large$/);
    expect(readdirSync(base)).toEqual([]);
  });
});
