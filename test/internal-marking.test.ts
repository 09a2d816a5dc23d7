import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderAll } from '../src/render/render-all.js';
import { DEFAULT_FORMATS } from '../src/render/registry.js';
import { TEST_INFO } from './support/build-example.js';
import { diffCompiled } from './support/diff-outputs.js';
import { docxHasMarking, docxMarked, docxXml, htmlHasMarking, htmlMarked } from './support/marking-checks.js';
import { compileMemory } from './support/memory-policy.js';
import { docxParts, validateXml, WML_XSD } from './support/ooxml.js';
import { runCli } from './support/run-cli.js';

// Issue 13 item 4: a printed file that holds non-public text carries the marking (【取扱注意】 by
// default, the manifest's output.marking otherwise) on every page; a file with public content
// only does not. internal/basic.docx of a public document with an :::internal block had no header.

const MANIFEST = (extra = '') => `org: { name: テスト市, kind: 市, self: 本市 }\n${extra}documents:\n  - { id: basic, tier: basic, title: 基本方針, sources: [basic.md] }\n`;
const WITH_BLOCK = '# 目的\n\n公開の文。\n\n:::internal\n委託先は株式会社ヒミツである。\n:::\n\n# 対策\n\n対策を講じる。\n';
const WITH_SPAN = '# 目的\n\n担当は:internal[山田太郎]とする。\n';
const PUBLIC_ONLY = '# 目的\n\n公開の文。\n';

async function build(markdown: string, extra = '') {
  const c = compileMemory({ 'policy.yaml': MANIFEST(extra), 'basic.md': markdown });
  expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return renderAll({ internal: c.internal!, public: c.public! }, DEFAULT_FORMATS, TEST_INFO);
}

const WORD_PART = /^word\/(document|styles|settings|header\d+|footer\d+)\.xml$/;
const wordParts = (label: string, bytes: Uint8Array) => [...docxParts(bytes)].filter(([n]) => WORD_PART.test(n)).map(([name, xml]) => ({ name: `${label}:${name}`, xml }));

describe('build: the internal edition of a public document with internal parts is marked', () => {
  it('an :::internal block: internal/basic.docx has 【取扱注意】 on every page (cover, 目次, body), as internal/basic.html and approval.docx', async () => {
    const out = await build(WITH_BLOCK);
    const docx = out.get('internal/basic.docx') as Uint8Array;
    expect(docxXml(docx)).toContain('株式会社ヒミツ');
    expect(docxMarked(docx)).toBe(true);
    expect(docxMarked(out.get('internal/approval.docx') as Uint8Array)).toBe(true);
    expect(htmlMarked(out.get('internal/basic.html') as string)).toBe(true);
    // The public edition: no internal text, no marking.
    expect(docxHasMarking(out.get('public/basic.docx') as Uint8Array)).toBe(false);
    expect(htmlHasMarking(out.get('public/basic.html') as string)).toBe(false);
    expect(validateXml(wordParts('internal/basic.docx', docx), WML_XSD)).toEqual([]);
  });

  it('an :internal[…] span is enough; the manifest’s own marking is the one printed', async () => {
    const out = await build(WITH_SPAN, 'output: { marking: 【庁内限り】 }\n');
    expect(docxMarked(out.get('internal/basic.docx') as Uint8Array, '【庁内限り】')).toBe(true);
    expect(htmlMarked(out.get('internal/basic.html') as string, '【庁内限り】')).toBe(true);
  });

  it('a public document with public content only is not marked in either edition', async () => {
    const out = await build(PUBLIC_ONLY);
    for (const path of ['internal/basic.docx', 'internal/approval.docx', 'public/basic.docx']) expect(docxHasMarking(out.get(path) as Uint8Array), path).toBe(false);
    expect(htmlHasMarking(out.get('internal/basic.html') as string)).toBe(false);
  });

  const scratch = mkdtempSync(join(tmpdir(), 'hoshin-marking-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('through the CLI: hoshin build writes internal/basic.docx with a header on every page', () => {
    writeFileSync(join(scratch, 'policy.yaml'), MANIFEST());
    writeFileSync(join(scratch, 'basic.md'), WITH_BLOCK);
    const r = runCli(['build', scratch, '--out', join(scratch, 'dist')]);
    expect(r.status, r.stderr).toBe(0);
    expect(docxMarked(new Uint8Array(readFileSync(join(scratch, 'dist', 'internal', 'basic.docx'))))).toBe(true);
    expect(docxHasMarking(new Uint8Array(readFileSync(join(scratch, 'dist', 'public', 'basic.docx'))))).toBe(false);
  });
});

describe('diff --out: the redline and 新旧対照表 are marked when they show non-public text', () => {
  it('a public change in a document with an unchanged :::internal block: the internal redline (which shows it) is marked, its table (which does not) is not', async () => {
    const old = compileMemory({ 'policy.yaml': MANIFEST(), 'basic.md': WITH_BLOCK });
    const now = compileMemory({ 'policy.yaml': MANIFEST(), 'basic.md': WITH_BLOCK.replace('対策を講じる。', '必要な対策を講じる。') });
    const files = await diffCompiled(old, now);
    const redline = files.get('internal/basic.redline.docx') as Uint8Array;
    expect(docxXml(redline)).toContain('株式会社ヒミツ');
    expect(docxMarked(redline)).toBe(true);
    expect(validateXml(wordParts('internal/basic.redline.docx', redline), WML_XSD)).toEqual([]);
    expect(docxHasMarking(files.get('internal/basic.新旧対照表.docx') as Uint8Array)).toBe(false);
    expect(htmlHasMarking(files.get('internal/basic.新旧対照表.html') as string)).toBe(false);
    expect(docxXml(files.get('public/basic.redline.docx') as Uint8Array)).not.toContain('株式会社ヒミツ');
    expect(docxHasMarking(files.get('public/basic.redline.docx') as Uint8Array)).toBe(false);
  });

  it('an :::internal block deleted: the internal table and redline show it, marked; the public ones have neither', async () => {
    const old = compileMemory({ 'policy.yaml': MANIFEST(), 'basic.md': WITH_BLOCK });
    const now = compileMemory({ 'policy.yaml': MANIFEST(), 'basic.md': WITH_BLOCK.replace(/:::internal[\s\S]*?\n:::\n/, '') });
    const files = await diffCompiled(old, now);
    expect([...files.keys()].sort()).toEqual(['internal/basic.redline.docx', 'internal/basic.新旧対照表.docx', 'internal/basic.新旧対照表.html']);
    for (const name of ['internal/basic.redline.docx', 'internal/basic.新旧対照表.docx']) {
      const bytes = files.get(name) as Uint8Array;
      expect(docxXml(bytes), name).toContain('株式会社ヒミツ');
      expect(docxMarked(bytes), name).toBe(true);
      expect(validateXml(wordParts(name, bytes), WML_XSD), name).toEqual([]);
    }
    expect(htmlMarked(files.get('internal/basic.新旧対照表.html') as string)).toBe(true);
  });
});
