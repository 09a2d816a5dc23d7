import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Block, Policy } from '../src/model/types.js';
import { walkBlocks } from '../src/model/walk-blocks.js';
import { compileMemory, errors, oneDocument } from './support/memory-policy.js';
import { runCli } from './support/run-cli.js';

// Issue 13, item 1: ids derived from a heading's text spelt out its :internal[…] span in the
// public edition (heading id, TOC href, list-item ids, the .md's {#…}), and their -2/-3 suffixes
// told that internal headings of the same text exist.

const MANIFEST = 'org: { name: テスト市, kind: 市, self: 本市 }\ndocuments:\n  - { id: basic, tier: basic, title: 基本方針, sources: [basic.md] }\n';

const SOURCE = [
  '# 委託先 :internal[株式会社ヒミツ]',
  '1. 委託の条件',
  '# :internal[全部ゴクヒ]',
  '本文。',
  '# [窓口 :internal[リンクノヒミツ]](https://example.jp/)',
  '本文。',
  '# 明示 :internal[{#kakushi-id}]',
  '本文。',
  '# 同名',
  ':::internal\n# 同名\n\n内部の本文。\n\n# 同名\n\n1. 内部の項目\n:::',
  '# 同名',
  '1. 公開の項目',
  // Written with the ids the author sees (the internal edition's): 同名-4 is the second public 同名.
  '[](#同名-4)と[](#同名-4-1)を見よ。',
].join('\n\n');

const SECRETS = ['株式会社ヒミツ', 'ゴクヒ', 'リンクノヒミツ', 'kakushi', '同名-3', '同名-4'];

const idsOf = (policy: Policy) => {
  const ids: string[] = [];
  walkBlocks(policy.documents[0].children, (b: Block) => {
    if (b.type === 'section' || b.type === 'item') ids.push(b.id);
  });
  return ids;
};

function policy(source: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'hoshin-ids-'));
  writeFileSync(join(dir, 'policy.yaml'), MANIFEST);
  writeFileSync(join(dir, 'basic.md'), source + '\n');
  return dir;
}

/** Every byte of an output as text (a DOCX's parts unzipped), with percent-encoded hrefs decoded too. */
function readable(path: string): string {
  const bytes = readFileSync(path);
  const text = path.endsWith('.docx') ? Object.entries(unzipSync(bytes)).map(([name, part]) => `${name}\n${strFromU8(part)}`).join('\n') : bytes.toString('utf8');
  const decoded = text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (m) => {
    try {
      return decodeURIComponent(m);
    } catch {
      return m;
    }
  });
  return `${text}\n${decoded}`.toLowerCase();
}

describe('ids of the public edition (issue 13, item 1)', () => {
  it('hoshin build publishes no id made of internal text, nor a suffix counting internal headings', () => {
    const dir = policy(SOURCE);
    const r = runCli(['build', dir, '--out', join(dir, 'dist')]);
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(join(dir, 'dist', 'public')).filter((f) => /\.(html|md|txt|docx)$/.test(f));
    expect(files.sort()).toEqual(['basic.docx', 'basic.html', 'basic.md', 'basic.txt', 'index.html']);
    for (const file of files) {
      const text = readable(join(dir, 'dist', 'public', file));
      for (const secret of SECRETS) expect(text, `public/${file}`).not.toContain(secret.toLowerCase());
    }
    // The public headings' ids come from their public text; the reference reaches the second 同名
    // and its item under their public ids.
    const html = readFileSync(join(dir, 'dist', 'public', 'basic.html'), 'utf8');
    for (const id of ['委託先', '委託先-1', 'section', '窓口', '明示', '同名', '同名-2', '同名-2-1']) expect(html).toContain(`id="${id}"`);
    expect(html).toContain(`href="#${encodeURIComponent('同名-2')}"`);
    const md = readFileSync(join(dir, 'dist', 'public', 'basic.md'), 'utf8');
    expect(md).toContain('{#委託先}');
    expect(md).toContain('[6](basic#同名-2)と[6(1)](basic#同名-2-1)を見よ。');
    expect(readFileSync(join(dir, 'dist', 'public', 'basic.txt'), 'utf8')).toContain('6と6(1)を見よ。');
    // The internal edition keeps the ids it always had.
    const internal = readFileSync(join(dir, 'dist', 'internal', 'basic.html'), 'utf8');
    for (const id of ['委託先-株式会社ヒミツ', '全部ゴクヒ', '明示-kakushi-id', '同名-3', '同名-4', '同名-4-1']) expect(internal).toContain(`id="${id}"`);
  });

  it('a reference from public text to an internal heading stays an error, whatever the public ids are', () => {
    // 同名-2 is the internal heading here; in the public edition the second public 同名 is 同名-2.
    const dir = policy(['# 同名', ':::internal\n# 同名\n\n内部。\n:::', '# 同名', '[](#同名-2)を見よ。'].join('\n\n'));
    const r = runCli(['build', dir, '--out', join(dir, 'dist')]);
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toMatch(/basic\.md:11:1 .*ref-internal/);
    expect(readdirSync(dir)).not.toContain('dist');
  });

  it('a reference to a paragraph or item of nothing but internal text is an error, in this document or another', () => {
    // The public edition leaves these blocks out; the references published an empty link to their
    // ids (`#pid`, `#itemid`), and `#目的-2` reached the public item ② in the internal item's place.
    const dir = policy(['# 目的', ':internal[秘密の段落] {#pid}', '1. 一\n1. :internal[秘密の項目] {#itemid}\n1. :internal[秘密の項目]\n1. 四', '[](#pid)、[](#itemid)、[](#目的-2)、[](#目的-3)を見よ。'].join('\n\n'));
    writeFileSync(join(dir, 'policy.yaml'), MANIFEST + '  - { id: std, tier: standards, visibility: public, title: 対策基準, sources: [std.md] }\n');
    writeFileSync(join(dir, 'std.md'), '# 参照\n\n[](basic#pid)を見よ。\n');
    const r = runCli(['build', dir, '--out', join(dir, 'dist')]);
    expect(r.status).toBe(1);
    const reported = [...(r.stdout + r.stderr).matchAll(/(\S+\.md):(\d+):(\d+) +error .*ref-internal/g)].map((m) => `${m[1].split('/').pop()}:${m[2]}:${m[3]}`);
    expect(reported).toEqual(['basic.md:10:1', 'basic.md:10:10', 'basic.md:10:22', 'std.md:3:1']);
    expect(readdirSync(dir)).not.toContain('dist');
  });

  it('makes derived ids unique past explicit ones in each edition, counting only that edition\'s blocks', () => {
    const source = ['# 同名', '# 同名 {#同名-3}', ':::internal\n# 同名\n\n1. 内\n:::', '# 同名', '1. 甲', '1. 乙', '# 同名', '# 同名 :internal[秘]'].join('\n\n');
    const c = compileMemory(oneDocument(source));
    expect(errors(c)).toEqual([]);
    // Internal: as hoshin always numbered them (the explicit 同名-3 is skipped).
    expect(idsOf(c.internal!)).toEqual(['同名', '同名-3', '同名-2', '同名-2-1', '同名-4', '同名-4-1', '同名-4-2', '同名-5', '同名-秘']);
    // Public: the internal 同名 and 秘 count for nothing.
    expect(idsOf(c.public!)).toEqual(['同名', '同名-3', '同名-2', '同名-2-1', '同名-2-2', '同名-4', '同名-5']);
  });

  it('moves a reference from another public document onto the public id', () => {
    const c = compileMemory({
      'policy.yaml': ['org: { name: テスト市, kind: 市, self: 本市 }', 'documents:', '  - { id: basic, tier: basic, title: 基本方針, sources: [a.md] }', '  - { id: std, tier: standards, visibility: public, title: 対策基準, sources: [b.md] }'].join('\n'),
      'a.md': '# 参照\n\n[](std#同名-3)を見よ。\n',
      'b.md': '# 同名\n\n:::internal\n# 同名\n:::\n\n# 同名\n\n本文。\n',
    });
    expect(errors(c)).toEqual([]);
    const ref = (policy: Policy) => {
      const paragraph = policy.documents[0].children[0].type === 'section' ? policy.documents[0].children[0].children[0] : undefined;
      return paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
    };
    expect(ref(c.internal!)).toMatchObject({ type: 'ref', document: 'std', id: '同名-3', label: '3' });
    expect(ref(c.public!)).toMatchObject({ type: 'ref', document: 'std', id: '同名-2', label: '2' });
  });
});
