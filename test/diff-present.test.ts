import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Output } from '../src/render/build-info.js';
import { docxParts, prettyXml } from './support/ooxml.js';
import { DIFF_CASES, DIFF_FIXTURES, diffOutputs } from './support/diff-outputs.js';

// The 新旧対照表 (DOCX, HTML) and the redline of each revision pair under test/fixtures/diff/, in
// both trees (public/, internal/), as golden files: the HTML as written, each DOCX's
// word/document.xml pretty-printed (never zip bytes).
// `UPDATE=1 npx vitest run test/diff-present.test.ts` rewrites them.
const UPDATE = process.env.UPDATE === '1';

/** The golden texts of one case's outputs, by file name under expected/. */
function goldenTexts(files: ReadonlyMap<string, Output>): Map<string, string> {
  const texts = new Map<string, string>();
  for (const [name, content] of files) {
    if (name.endsWith('.html')) texts.set(name, content as string);
    else texts.set(name.replace(/\.docx$/, '.document.xml'), prettyXml(docxParts(content as Uint8Array).get('word/document.xml')!));
  }
  return texts;
}

const outputs = new Map<string, Map<string, Output>>();
beforeAll(async () => {
  for (const name of DIFF_CASES) outputs.set(name, await diffOutputs(join(DIFF_FIXTURES, name, 'old'), join(DIFF_FIXTURES, name, 'new')));
});

describe('新旧対照表 and redline: golden files per revision pair', () => {
  for (const name of DIFF_CASES) {
    it(name, () => {
      const expected = join(DIFF_FIXTURES, name, 'expected');
      const texts = goldenTexts(outputs.get(name)!);
      if (UPDATE) {
        rmSync(expected, { recursive: true, force: true });
        if (texts.size > 0) mkdirSync(expected, { recursive: true });
        for (const [rel, text] of texts) {
          mkdirSync(dirname(join(expected, rel)), { recursive: true });
          writeFileSync(join(expected, rel), text);
        }
      }
      const present = existsSync(expected) ? readdirSync(expected, { recursive: true, encoding: 'utf8' }).filter((rel) => /\.(html|xml)$/.test(rel)).sort() : [];
      expect(present, 'golden files exist (run UPDATE=1 once)').toEqual([...texts.keys()].sort());
      for (const [rel, text] of texts) expect(text, rel).toBe(readFileSync(join(expected, rel), 'utf8'));
    });
  }
});

describe('新旧対照表 and redline: what each revision pair gives', () => {
  // The public tree: what the 議会 and the web site get (these pairs have no internal text).
  const html = (name: string) => outputs.get(name)!.get('public/basic.新旧対照表.html') as string;
  const xml = (name: string, file: string) => docxParts(outputs.get(name)!.get(`public/${file}`) as Uint8Array).get('word/document.xml')!;
  const table = (page: string) => /<table class="comparison">[\s\S]*<\/table>/.exec(page)![0];

  it('writes nothing for no change and for a change of the manifest only', () => {
    expect([...outputs.get('no-change')!.keys()]).toEqual([]);
    expect([...outputs.get('front-matter-only')!.keys()]).toEqual([]);
  });

  it('writes the 新旧対照表 (DOCX, HTML) and the redline of each changed document', () => {
    for (const name of DIFF_CASES.filter((n) => !['no-change', 'front-matter-only'].includes(n))) {
      const files = ['basic.redline.docx', 'basic.新旧対照表.docx', 'basic.新旧対照表.html'];
      expect([...outputs.get(name)!.keys()].sort(), name).toEqual([...files.map((f) => `internal/${f}`), ...files.map((f) => `public/${f}`)]);
    }
  });

  it('modify one word: underlined on both sides, 改正後 left of 改正前', () => {
    const t = table(html('modify-word'));
    expect(t).toContain('<th scope="col">改正後</th><th scope="col">改正前</th>');
    expect(t).toContain('点検を年に<span class="changed">2回以上</span>実施する。');
    expect(t).toContain('点検を年に<span class="changed">1回</span>実施する。');
    expect(t).toContain('<caption>（傍線部分は改正部分）</caption>');
    const redline = xml('modify-word', 'basic.redline.docx');
    expect(redline).toMatch(/<w:del w:id="\d+" w:author="情報政策課" w:date="2026-03-31T09:00:00"><w:r><w:delText xml:space="preserve">1回<\/w:delText><\/w:r><\/w:del>/);
    expect(redline).toMatch(/<w:ins w:id="\d+" w:author="情報政策課" w:date="2026-03-31T09:00:00"><w:r><w:t xml:space="preserve">2回以上<\/w:t><\/w:r><\/w:ins>/);
  });

  it('add a section in the middle: （新設）, later numbers underlined only', () => {
    const t = table(html('add-section'));
    expect(t).toContain('<td><p>（新設）</p></td>');
    expect(t).toContain('<p class="depth-1"><span class="changed">最高情報セキュリティ責任者を置く。</span></p>');
    expect(t).toMatch(/<span class="changed">4\.?<\/span>　脅威/);
    const redline = xml('add-section', 'basic.redline.docx');
    // The new section: its paragraph marks inserted; the renumbered ones: old number deleted, new inserted.
    expect(redline).toMatch(/<w:rPr><w:ins w:id="\d+" w:author="情報政策課"/);
    expect(redline).toMatch(/<w:delText xml:space="preserve">3\.?<\/w:delText>[\s\S]{0,200}<w:t xml:space="preserve">4\.?/);
  });

  it('delete a section: （削除）, and the redline deletes it where it stood', () => {
    expect(table(html('delete-section'))).toContain('<td><p>（削除）</p></td>');
    const redline = xml('delete-section', 'basic.redline.docx');
    expect(redline).toContain('<w:delText xml:space="preserve">脅威</w:delText>');
    expect(redline).toContain('<w:delText xml:space="preserve">点検を年に1回実施する。</w:delText>');
    expect(redline).toMatch(/<w:rPr><w:del w:id="\d+" w:author="情報政策課"/);
    expect(redline.indexOf('脅威')).toBeLessThan(redline.lastIndexOf('対策'));
  });

  it('move a section: its numbers underlined', () => {
    expect(table(html('move-section'))).toMatch(/<span class="changed">2\.?<\/span>　見直し/);
  });

  it('rename a heading: the added words underlined, blanks opposite', () => {
    const t = table(html('rename-heading'));
    expect(t).toContain('<span class="changed">対象とする</span>脅威');
    expect(t).toContain('<span class="changed">\u3000\u3000\u3000\u3000\u3000</span>脅威');
  });

  it('change a table cell: the row as its cells, the changed cell underlined', () => {
    const t = table(html('change-table-cell'));
    expect(t).toContain('<p class="cells depth-1"><span class="cell">人的</span><span class="cell">教育<span class="changed">及び訓練</span></span></p>');
    const docx = xml('change-table-cell', 'basic.新旧対照表.docx');
    expect(docx).toMatch(/<w:tbl>[\s\S]*<w:tbl>/);
    expect(docx).toMatch(/<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">及び訓練<\/w:t>/);
  });

  it('edit lines: deleted and added items and a deleted table row are tracked', () => {
    const redline = xml('edit-lines', 'basic.redline.docx');
    expect(redline).toContain('<w:delText xml:space="preserve">(1)　ネットワーク　通信網をいう。</w:delText>');
    expect(redline).toContain('<w:t xml:space="preserve">記録媒体　情報を記録する媒体をいう。</w:t>');
    expect(redline).toContain('<w:delText xml:space="preserve">物理的</w:delText>');
    expect(redline).toContain('<w:t xml:space="preserve">見直しの結果は公表する。</w:t>');
  });

  it('DOCX: A4 landscape, header row repeated, note right-aligned, page numbers in the footer', () => {
    const bytes = outputs.get('modify-word')!.get('public/basic.新旧対照表.docx') as Uint8Array;
    const parts = docxParts(bytes);
    const body = parts.get('word/document.xml')!;
    expect(body).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"\/>/);
    expect(body).toMatch(/<w:trPr><w:cantSplit\/><w:tblHeader\/><\/w:trPr>|<w:trPr><w:tblHeader\/><w:cantSplit\/><\/w:trPr>/);
    expect(body).toContain('<w:pStyle w:val="ComparisonNote"/>');
    expect(body).toContain('（傍線部分は改正部分）');
    expect(parts.get('word/styles.xml')).toMatch(/w:styleId="ComparisonNote"[\s\S]*?<w:jc w:val="right"\/>/);
    expect([...parts].filter(([n]) => /^word\/footer\d+\.xml$/.test(n)).map(([, x]) => x).join('')).toContain('PAGE');
    // 傍線 is an underline, never a strike-through.
    expect(body).not.toMatch(/<w:strike\b|<w:dstrike\b/);
  });

  it('HTML: self-contained page, its style allowed by hash, A4 landscape print, no strike-through', () => {
    const page = html('modify-word');
    expect(page).toMatch(/^<!DOCTYPE html>\n<html lang="ja">/);
    expect(page).not.toMatch(/<script|<link rel="stylesheet"|<img|<iframe|@import|url\(|<del|<s>|<ins/i);
    const style = /<style>([\s\S]*?)<\/style>/.exec(page)![1];
    const hash = createHash('sha256').update(style).digest('base64');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(page)![1].replace(/&#x27;/g, "'").replace(/&#x3D;/g, '=');
    expect(csp).toBe(`default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`);
    expect(style).toContain('size: A4 landscape;');
    expect(style).not.toContain('line-through');
  });

  it('--columns old-new swaps the columns; --remarks adds an empty 備考 column', async () => {
    const files = await diffOutputs(join(DIFF_FIXTURES, 'modify-word', 'old'), join(DIFF_FIXTURES, 'modify-word', 'new'), { columns: 'old-new', remarks: true });
    const t = table(files.get('public/basic.新旧対照表.html') as string);
    expect(t).toContain('<th scope="col">改正前</th><th scope="col">改正後</th><th scope="col" class="remarks">備考</th>');
    expect(t.indexOf('1回')).toBeLessThan(t.indexOf('2回以上'));
    const body = docxParts(files.get('public/basic.新旧対照表.docx') as Uint8Array).get('word/document.xml')!;
    expect(body.indexOf('改正前')).toBeLessThan(body.indexOf('改正後'));
    expect(body).toContain('備考');
  });

  it('same input, same bytes', async () => {
    const again = await diffOutputs(join(DIFF_FIXTURES, 'edit-lines', 'old'), join(DIFF_FIXTURES, 'edit-lines', 'new'));
    for (const [name, content] of outputs.get('edit-lines')!) expect(Buffer.from(again.get(name)!).equals(Buffer.from(content)), name).toBe(true);
  });
});
