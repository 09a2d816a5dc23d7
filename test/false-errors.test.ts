// Why: valid sources were refused. `:::internal` inside a blockquote (`> :::` closes it) was
// reported as directive-unclosed, and `{{@root.org.name}}` as an unknown variable. Both must build;
// and since one of them is internal text, the public edition must not hold it — not in any
// format, and not as an empty quote frame hinting that something was taken out. Runs the real
// CLI on test/fixtures/internal-in-quote and test/fixtures/root-path (`npm run build` first).
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outputText } from './support/output-text.js';
import { runCliAsync } from './support/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'hoshin-false-errors-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function build(fixture: string): Promise<(file: string) => string> {
  const out = join(mkdtempSync(join(scratch, `${fixture}-`)), 'dist');
  const run = await runCliAsync(['build', `test/fixtures/${fixture}`, '--out', out]);
  expect(run.stderr).not.toContain('error');
  expect(run.status, run.stderr).toBe(0);
  return (file) => outputText(file, readFileSync(join(out, file)));
}

describe(':::internal inside a blockquote', () => {
  const secrets = ['内線四二一九', '株式会社ヒミツ情報', '非常用回線の番号'];

  it('check reports nothing', async () => {
    const run = await runCliAsync(['check', 'test/fixtures/internal-in-quote', '--format', 'json']);
    expect(run.status, run.stdout).toBe(0);
    expect(JSON.parse(run.stdout).filter((d: { severity: string }) => d.severity !== 'info')).toEqual([]);
  });

  it('the internal edition keeps the quoted internal text; no public output holds it', async () => {
    const read = await build('internal-in-quote');
    for (const secret of secrets) expect(read('internal/basic.txt')).toContain(secret);
    const publicFiles = ['public/basic.md', 'public/basic.txt', 'public/basic.html', 'public/basic.docx', 'public/index.html'];
    for (const file of publicFiles) {
      const text = read(file);
      for (const secret of secrets) expect(text, file).not.toContain(secret);
      expect(text, file).not.toContain(':::');
    }
    // The quote around public text stays; the quote that held only internal text is gone.
    const md = read('public/basic.md');
    expect(md).toContain('> 組合は、情報資産を守る。');
    expect(md).toContain('> 職員は、この方針に従う。');
    expect(md).toContain('公開してよい注記。');
    expect(md).not.toMatch(/^> >\s*$/m);
    expect(read('public/basic.html').match(/<blockquote/g)).toHaveLength(2);
  });
});

describe('{{@root…}} paths', () => {
  it('are looked up in the root context, also inside {{#each}}', async () => {
    const check = await runCliAsync(['check', 'test/fixtures/root-path']);
    expect(check.status, check.stdout + check.stderr).toBe(0);
    const read = await build('root-path');
    const txt = read('public/basic.txt');
    expect(txt).toContain('本基本方針は、根室北部消防事務組合の情報資産を守ることを目的とする。');
    expect(txt).toContain('組合の最高情報セキュリティ責任者、組合の情報システム管理者、を置く。');
  });

  it('an unknown @root path is still reported at its place', async () => {
    const dir = mkdtempSync(join(scratch, 'root-unknown-'));
    cpSync('test/fixtures/root-path', dir, { recursive: true });
    writeFileSync(join(dir, 'basic.md'), '# 目的 {#purpose}\n\n本基本方針は、{{@root.org.nmae}}の情報資産を守る。\n');
    const run = await runCliAsync(['check', dir, '--format', 'json']);
    expect(run.status).toBe(1);
    const errors = (JSON.parse(run.stdout) as Array<{ ruleId: string; line: number; column: number; severity: string }>).filter((d) => d.severity === 'error');
    expect(errors.map(({ ruleId, line, column }) => ({ ruleId, line, column }))).toEqual([{ ruleId: 'template-unknown-variable', line: 3, column: 10 }]);
  });
});
