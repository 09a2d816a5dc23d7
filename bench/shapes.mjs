// Inputs far from pathological that once took minutes and gigabytes (issue 13, item 11): each is
// one Markdown file of a one-document policy, at a size that the full bench builds and a smaller
// one for --quick. Made deterministically; the figure is time and peak RSS per MB of source.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MANIFEST = 'org: { name: テスト市, kind: 市, self: 本市 }\ndocuments:\n  - { id: basic, tier: basic, title: 基本方針, sources: [basic.md] }\n';

const repeat = (n, f) => Array.from({ length: n }, (_, i) => f(i));

const SENTENCE = '情報セキュリティ管理者は、外部に持ち出す場合、電磁的記録媒体について適切に管理しなければならない。';

/**
 * Name → (n → Markdown), the n of the issue's reproduction, and the rule that refuses the shape
 * past a limit of parse/check-limits.ts (it must then end with that error, exit 1).
 */
export const SHAPES = {
  'links [](#a)': { n: 100_000, refusedBy: 'inline-too-many', text: (n) => `# 見出し {#a}\n\n${'[](#a) '.repeat(n)}\n` },
  'table columns': { n: 5_000, refusedBy: 'table-too-wide', text: (n) => [`| ${repeat(n, (i) => `列${i}`).join(' | ')} |`, `|${'---|'.repeat(n)}`, ...repeat(3, () => `| ${repeat(n, () => 'あ').join(' | ')} |`)].join('\n') + '\n' },
  ':internal[x]': { n: 100_000, refusedBy: 'inline-too-many', text: (n) => `# 見出し\n\n${':internal[x] '.repeat(n)}\n` },
  'table rows ^^': { n: 50_000, text: (n) => ['| 区分 | 内容 |', '|---|---|', '| 一 | 二 |', ...repeat(n, () => '| ^^ | ^^ |')].join('\n') + '\n' },
  'nested :::internal': { n: 1_000, refusedBy: 'directive-too-deep', text: (n) => `# 見出し\n\n${`:::internal\n\n${SENTENCE}\n\n`.repeat(n)}${':::\n\n'.repeat(n)}` },
  headings: { n: 10_000, text: (n) => repeat(n, () => '# 同じ見出し\n\n本文。\n').join('\n') },
};

/** A one-document policy of a few bytes: what every build costs whatever its size. */
export function writeTiny(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'policy.yaml'), MANIFEST);
  writeFileSync(join(dir, 'basic.md'), `# 見出し\n\n${SENTENCE}\n`);
}

/**
 * Write each shape's policy under dir/<index>/ (n scaled by `scale`, except for shapes refused at
 * their full size: their refusal costs little); returns [{ name, dir, bytes, refusedBy }].
 */
export function writeShapes(dir, scale = 1) {
  return Object.entries(SHAPES).map(([name, shape], i) => {
    const policy = join(dir, String(i));
    const text = shape.text(shape.refusedBy ? shape.n : Math.max(1, Math.round(shape.n * scale)));
    rmSync(policy, { recursive: true, force: true });
    mkdirSync(policy, { recursive: true });
    writeFileSync(join(policy, 'policy.yaml'), MANIFEST);
    writeFileSync(join(policy, 'basic.md'), text);
    return { name, dir: policy, bytes: Buffer.byteLength(text), refusedBy: shape.refusedBy };
  });
}
