import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';

// Found by the second outside test: a mistyped internal marking (`:internal [秘]`, `::: internal`,
// full-width `：internal［秘］`, `:INTERNAL[秘]`, an indented `:::internal`, `:internal` in a data
// value, `:::internal` in an HTML comment) was read as public text and published with exit 0 and no word, the marking often
// silently gone. Each is now an error at its line, and nothing is written.

const MANIFEST = (extra = '') => `org: { name: テスト市, kind: 市, self: 本市 }\n${extra}documents:\n  - { id: basic, tier: basic, title: 基本方針, sources: [basic.md] }\n`;

function build(markdown: string, extra = '') {
  const dir = mkdtempSync(join(tmpdir(), 'hoshin-internal-syntax-'));
  writeFileSync(join(dir, 'policy.yaml'), MANIFEST(extra));
  writeFileSync(join(dir, 'basic.md'), markdown);
  const checked = runCli(['check', dir, '--format', 'json']);
  const reported = JSON.parse(checked.stdout) as Array<{ ruleId: string; line: number; file: string }>;
  const built = runCli(['build', dir, '--out', join(dir, 'dist')]);
  return { status: built.status, lines: reported.filter((d) => d.ruleId === 'internal-syntax').map((d) => `${d.file.split('/').pop()}:${d.line}`), wrote: existsSync(join(dir, 'dist')) };
}

const TYPOS = [
  '一 :internal [秘一] 。',
  '::: internal\n秘二\n:::',
  '三 :internal(秘三) 。',
  '四 ::internal[秘四] 。',
  '五 ：internal［秘五］ 。',
  '：：：internal\n秘六\n：：：',
  '七 :INTERNAL[秘七] 。',
  '    :::internal\n    秘八\n    :::',
  '| 表 |\n|---|\n| 九 :Internal[秘九] |',
  '# 十 :internal{秘十}',
  // The opener lost in an HTML comment: the closing `:::` (4 lines down) is reported.
  '<!--\n:::internal\n-->\n秘十一\n:::',
];

describe('a mistyped internal marking (internal-syntax)', () => {
  it('is an error at its line, in every shape, and nothing is built', () => {
    const r = build(['# 目的', ...TYPOS].join('\n\n') + '\n');
    expect(r.status).toBe(1);
    expect(r.wrote).toBe(false);
    // Each typo's first line, counted from the Markdown above.
    const lines: string[] = [];
    let line = 3;
    for (const typo of TYPOS) {
      lines.push(`basic.md:${line + (typo.startsWith('|') ? 2 : typo.startsWith('<!--') ? 4 : 0)}`);
      line += typo.split('\n').length + 1;
    }
    expect(r.lines).toEqual(lines);
  });

  it('in a data table: a value or caption with :internal is printed as written, so it is an error', () => {
    const data = 'data:\n  t:\n    caption: 連絡先:internal[秘の題]\n    columns: [{ key: a, label: 名前 }]\n    rows: [{ a: ":internal[秘の値]" }]\n';
    const r = build('# 目的\n\n::data-table{source=t}\n', data);
    expect(r.status).toBe(1);
    expect(r.wrote).toBe(false);
    expect(r.lines).toEqual(['basic.md:3', 'basic.md:3']);
  });

  it('is not reported for what is meant as written or kept internal', () => {
    const ok = ['# 目的', 'ネットワーク区分: internal と external。', '書き方は `:internal[…]` です。', '```\n:internal[例]\n```', '本文:internal[秘]。', ':::internal\n::: internal の書き方の誤り\n:::'];
    const r = build(ok.join('\n\n') + '\n');
    expect(r.lines).toEqual([]);
    expect(r.status).toBe(0);
  });
});

describe('front matter (front-matter)', () => {
  // hoshin reads none: `visibility: internal` in it was published as a heading, and the file too.
  it('is an error at the top of the file, and nothing is built', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hoshin-front-matter-'));
    writeFileSync(join(dir, 'policy.yaml'), MANIFEST());
    writeFileSync(join(dir, 'basic.md'), '---\nvisibility: internal\n---\n\n# 秘密の手順\n\n本文。\n');
    const r = runCli(['build', dir, '--out', join(dir, 'dist')]);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/basic\.md:1:1 +error .*front-matter/);
    expect(existsSync(join(dir, 'dist'))).toBe(false);
  });

  it('is not a rule, a heading and a rule that open a file', () => {
    const r = build('---\n# 目的\n---\n\n本文。\n');
    expect(r.status).toBe(0);
  });
});
