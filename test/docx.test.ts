import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Policy } from '../src/model/types.js';
import type { Output } from '../src/render/build-info.js';
import { toDocx } from '../src/render/docx/to-docx.js';
import { renderAll } from '../src/render/render-all.js';
import { RENDERERS } from '../src/render/registry.js';
import { compileFolder, EXAMPLES, TEST_INFO } from './support/build-example.js';
import { compileMemory, oneDocument } from './support/memory-policy.js';
import { docxParts } from './support/ooxml.js';

// What the DOCX says, read from its XML: page and type, numbers and hanging indents, front matter,
// tables, marking, the approval edition, properties and reproducibility. Goldens pin the rest.

async function build(files: Record<string, string>): Promise<Map<string, Output>> {
  const c = compileMemory(files);
  expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return renderAll({ internal: c.internal!, public: c.public! }, ['docx'], TEST_INFO);
}

async function buildExample(name: string): Promise<Map<string, Output>> {
  const c = await compileFolder(`${EXAMPLES}/${name}`);
  return renderAll({ internal: c.internal!, public: c.public! }, ['docx'], TEST_INFO);
}

function part(out: Map<string, Output>, path: string, name = 'word/document.xml'): string {
  const bytes = out.get(path);
  if (!bytes) throw new Error(`no ${path} in ${[...out.keys()].join(', ')}`);
  const xml = docxParts(bytes as Uint8Array).get(name);
  if (xml === undefined) throw new Error(`no ${name} in ${path}`);
  return xml;
}

/** Every w:p of a part, with its properties and its text (tabs as \t). */
function paragraphs(xml: string): Array<{ props: string; text: string }> {
  return [...xml.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map(([, body]) => ({
    props: /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(body)?.[1] ?? '',
    text: [...body.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)].map((m) => m[1] ?? '\t').join(''),
  }));
}

/** The first paragraph outside the 目次 whose text starts so. */
function paragraph(xml: string, startsWith: string) {
  const found = paragraphs(xml).find((p) => p.text.startsWith(startsWith) && !p.props.includes('w:val="TOC'));
  if (!found) throw new Error(`no paragraph starting with ${startsWith}`);
  return found;
}

const attr = (xml: string, element: string, name: string) => new RegExp(`<${element}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml)?.[1];

describe('the docx renderer', () => {
  it('is registered: a .docx per document in both trees, approval.docx only in the internal one', async () => {
    expect(RENDERERS.docx.extension).toBe('docx');
    const out = await buildExample('sample-town');
    expect([...out.keys()].sort()).toEqual(['internal/approval.docx', 'internal/basic.docx', 'internal/procedures.docx', 'internal/standards.docx', 'public/basic.docx']);
  });
});

describe('page and type', () => {
  it('defaults to A4 portrait, 25 mm margins, 明朝 body 10.5 pt, ゴシック headings, ja-JP, justified', async () => {
    const out = await build(oneDocument('# 目的\n\n本文。\n'));
    const doc = part(out, 'public/basic.docx');
    expect(attr(doc, 'w:pgSz', 'w:w')).toBe('11906');
    expect(attr(doc, 'w:pgSz', 'w:h')).toBe('16838');
    expect(attr(doc, 'w:pgSz', 'w:orient')).toBe('portrait');
    expect(attr(doc, 'w:pgMar', 'w:left')).toBe('1417');
    const styles = part(out, 'public/basic.docx', 'word/styles.xml');
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)![0];
    expect(defaults).toMatch(/<w:rFonts w:ascii="游明朝" w:cs="游明朝" w:eastAsia="游明朝" w:hAnsi="游明朝"\/>/);
    expect(defaults).toContain('<w:sz w:val="21"/>');
    expect(defaults).toMatch(/<w:lang [^>]*w:eastAsia="ja-JP"/);
    expect(defaults).toContain('<w:jc w:val="both"/>');
    const heading1 = /<w:style w:type="paragraph" w:styleId="Heading1">[\s\S]*?<\/w:style>/.exec(styles)![0];
    expect(heading1).toContain('<w:name w:val="heading 1"/>');
    expect(heading1).toContain('w:eastAsia="游ゴシック"');
    expect(heading1).toContain('<w:outlineLvl w:val="0"/>');
  });

  it('takes paper, orientation, margins, line grid, fonts, marking and page numbers from output settings', async () => {
    const extra = [
      'output:',
      '  page: { size: B5, orientation: landscape, margins: { top: 30, bottom: 20, left: 35, right: 15 }, linesPerPage: 30 }',
      '  fonts: { body: ＭＳ 明朝, heading: ＭＳ ゴシック, size: 12 }',
      '  marking: 【秘】',
      '  pageNumber: "{n}頁"',
    ].join('\n');
    const out = await build(oneDocument('# 目的\n\n本文。\n', { visibility: 'internal', extra }));
    const doc = part(out, 'internal/basic.docx');
    // JIS B5 landscape: 257 × 182 mm.
    expect([attr(doc, 'w:pgSz', 'w:w'), attr(doc, 'w:pgSz', 'w:h'), attr(doc, 'w:pgSz', 'w:orient')]).toEqual(['14570', '10318', 'landscape']);
    expect([attr(doc, 'w:pgMar', 'w:top'), attr(doc, 'w:pgMar', 'w:bottom'), attr(doc, 'w:pgMar', 'w:left'), attr(doc, 'w:pgMar', 'w:right')]).toEqual(['1701', '1134', '1984', '850']);
    // 30 lines on the 182 − 50 mm text height.
    expect(attr(doc, 'w:docGrid', 'w:type')).toBe('lines');
    expect(attr(doc, 'w:docGrid', 'w:linePitch')).toBe(String(Math.floor((10318 - 1701 - 1134) / 30)));
    const styles = part(out, 'internal/basic.docx', 'word/styles.xml');
    expect(styles).toContain('w:eastAsia="ＭＳ 明朝"');
    expect(styles).toContain('w:eastAsia="ＭＳ ゴシック"');
    expect(/<w:docDefaults>[\s\S]*?<w:sz w:val="24"\/>/.test(styles)).toBe(true);
    expect(part(out, 'internal/basic.docx', 'word/header1.xml')).toContain('【秘】');
    const footers = [...docxParts(out.get('internal/basic.docx') as Uint8Array)].filter(([n]) => /footer\d+\.xml$/.test(n)).map(([, x]) => x);
    expect(footers.some((f) => f.includes('PAGE') && f.includes('>頁<'))).toBe(true);
  });
});

describe('numbers and hanging indents', () => {
  it('writes each heading and item with its number, the text hanging at a tab stop past the widest label of its level', async () => {
    const items = Array.from({ length: 10 }, (_, i) => `1. 項目${i + 1}は、折り返したときに番号の下ではなく本文の先頭にそろう長さの文章である。`).join('\n');
    const out = await build(oneDocument(`# 目的\n\n本文。\n\n## 定義\n\n${items}\n`));
    const doc = part(out, 'public/basic.docx');
    const heading = paragraph(doc, '1\t目的');
    expect(heading.props).toContain('<w:pStyle w:val="Heading1"/>');
    const sub = paragraph(doc, '(1)\t定義');
    expect(sub.props).toContain('<w:pStyle w:val="Heading2"/>');
    const first = paragraph(doc, '①\t項目1は');
    const tenth = paragraph(doc, '⑩\t項目10は');
    // Same level, same indent; the tab stop is where every wrapped line starts.
    for (const p of [first, tenth, heading, sub]) expect(attr(p.props, 'w:tab', 'w:pos')).toBe(attr(p.props, 'w:ind', 'w:left'));
    expect(first.props).toBe(tenth.props);
    const left = Number(attr(first.props, 'w:ind', 'w:left'));
    const hanging = Number(attr(first.props, 'w:ind', 'w:hanging'));
    expect(hanging).toBeGreaterThan(0);
    // Items start one character in from their section's heading.
    expect(left - hanging).toBeGreaterThan(Number(attr(sub.props, 'w:ind', 'w:left')) - Number(attr(sub.props, 'w:ind', 'w:hanging')));
  });

  it('lets full-width labels of one width be followed by their text (（１）, ・), without a tab', async () => {
    const out = await build(oneDocument('# 目的\n\n- 箇条の一\n- 箇条の二\n', { numbering: 'decimal' }));
    const bullet = paragraph(out.get('public/basic.docx') ? part(out, 'public/basic.docx') : '', '・箇条の一');
    expect(attr(bullet.props, 'w:ind', 'w:hanging')).toBe('210');
    expect(bullet.props).not.toContain('<w:tabs>');
  });

  it('lays 例規 out as 例規集 do: （見出し） above 「第1条　…」, 項 and 号 hanging one character', async () => {
    const doc = part(await buildExample('sample-town'), 'internal/basic.docx');
    const caption = paragraph(doc, '（目的）');
    expect(caption.props).toContain('<w:pStyle w:val="ArticleCaption"/>');
    expect(caption.props).toContain('<w:outlineLvl w:val="1"/>');
    const article = paragraph(doc, '第1条　この方針は');
    expect([attr(article.props, 'w:ind', 'w:left'), attr(article.props, 'w:ind', 'w:hanging')]).toEqual(['210', '210']);
    const item = paragraph(doc, '(1)　ネットワーク');
    expect([attr(item.props, 'w:ind', 'w:left'), attr(item.props, 'w:ind', 'w:hanging')]).toEqual(['420', '210']);
    expect(paragraph(doc, '第1章　総則').props).toContain('<w:pStyle w:val="Heading1"/>');
  });

  it('links a cross-reference to its target with a bookmark', async () => {
    const out = await build(oneDocument('# 目的 {#purpose}\n\n本文。\n\n# 参照\n\n[](#purpose)による。\n'));
    const doc = part(out, 'public/basic.docx');
    const anchor = /<w:hyperlink [^>]*w:anchor="(_Ref\d+)"[^>]*>/.exec(doc)?.[1];
    expect(anchor).toBe('_Ref1');
    expect(doc).toMatch(/<w:bookmarkStart w:name="_Ref1" w:id="\d+"\/>/);
  });
});

describe('front matter', () => {
  it('starts with a cover: collection, cover title, 令和 dates of 策定 and 改定, organization', async () => {
    const doc = part(await buildExample('sample-town'), 'internal/standards.docx');
    const texts = paragraphs(doc).map((p) => p.text);
    expect(texts.slice(0, 5)).toEqual(['情報セキュリティポリシー', '対策基準', '令和7年4月1日策定', '令和8年4月1日改定', 'さくら町']);
  });

  it('has a revision history only after a revision, then a 目次 whose entries carry page numbers', async () => {
    const town = part(await buildExample('sample-town'), 'internal/standards.docx');
    const texts = paragraphs(town).map((p) => p.text);
    expect(texts).toContain('改定履歴');
    expect(texts).toEqual(expect.arrayContaining(['令和7年4月1日', '策定', '令和8年4月1日', '一部改正', '令和8年訓令第3号']));
    expect(texts.indexOf('目次')).toBeGreaterThan(texts.indexOf('改定履歴'));
    expect(texts).toEqual(expect.arrayContaining(['1. 組織体制\t1', '2.1. 情報資産の分類\t1']));
    // Written clean: Word shows the numbers as they are, without asking to update fields.
    expect(town).not.toContain('w:dirty');
    const nemuro = paragraphs(part(await buildExample('nemuro-hokubu-fire'), 'public/basic.docx')).map((p) => p.text);
    expect(nemuro).not.toContain('改定履歴');
    expect(nemuro).toEqual(expect.arrayContaining(['1 目的\t1', '(1) ネットワーク\t1']));
  });
});

describe('tables', () => {
  it('repeats header rows, merges cells as the model spans them and fits columns to the text width', async () => {
    const doc = part(await buildExample('sample-town'), 'internal/standards.docx');
    const table = /<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*?情報資産の重要性分類|<w:tbl>(?:(?!<\/w:tbl>)[\s\S])*?機密性3[\s\S]*?<\/w:tbl>/.exec(doc)![0];
    expect(table.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(table.match(/<w:vMerge w:val="restart"\/>/g)?.length).toBe(3);
    expect(table.match(/<w:vMerge w:val="continue"\/>/g)?.length).toBe(4);
    const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
    const indent = Number(attr(table, 'w:tblInd', 'w:w'));
    expect(grid.reduce((a, b) => a + b, 0) + indent).toBe(11906 - 2 * 1417);
  });

  it('writes column spans as grid spans', async () => {
    const c = compileMemory(oneDocument('# 表\n\n| a | b |\n|---|---|\n| 1 | 2 |\n'));
    const policy: Policy = c.public!;
    const table = policy.documents[0].children[0].type === 'section' ? policy.documents[0].children[0].children[0] : undefined;
    if (table?.type !== 'table') throw new Error('no table');
    table.rows.push({ cells: [{ children: [{ type: 'text', value: '二列にまたがる' }], rowSpan: 1, colSpan: 2 }] });
    const doc = docxParts(await toDocx(policy, policy.documents[0], TEST_INFO)).get('word/document.xml')!;
    expect(doc).toContain('<w:gridSpan w:val="2"/>');
  });
});

describe('marking and page numbers', () => {
  it('marks every page of an internal document, the cover too; never a public one', async () => {
    const out = await buildExample('izumi');
    const standards = out.get('internal/standards.docx') as Uint8Array;
    const doc = part(out, 'internal/standards.docx');
    const sections = doc.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)!;
    expect(sections.length).toBe(3);
    for (const section of sections) expect(section).toMatch(/<w:headerReference w:type="default" r:id="rId\d+"\/>/);
    const headers = [...docxParts(standards)].filter(([n]) => /header\d+\.xml$/.test(n));
    expect(headers.length).toBe(3);
    for (const [, xml] of headers) expect(xml).toContain('【取扱注意】');
    for (const path of ['public/basic.docx', 'internal/basic.docx']) {
      const parts = [...docxParts(out.get(path) as Uint8Array)];
      expect(parts.filter(([n]) => /header\d+\.xml$/.test(n))).toEqual([]);
      expect(parts.map(([, x]) => x).join('')).not.toContain('【取扱注意】');
    }
  });

  it('numbers the body pages from 1 in the footer ("- 1 -"), not the cover and 目次', async () => {
    const out = await buildExample('nemuro-hokubu-fire');
    const doc = part(out, 'public/basic.docx');
    const sections = doc.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)!;
    expect(sections.map((s) => attr(s, 'w:pgNumType', 'w:start') ?? null)).toEqual([null, null, '1']);
    const footers = [...docxParts(out.get('public/basic.docx') as Uint8Array)].filter(([n]) => /footer\d+\.xml$/.test(n)).map(([, x]) => x);
    const numbered = footers.filter((f) => f.includes('PAGE'));
    expect(numbered).toHaveLength(1);
    // "- ", the PAGE field, " -".
    expect(paragraphs(numbered[0]).map((p) => p.text)).toEqual(['-  -']);
    expect(numbered[0]).toMatch(/<w:t xml:space="preserve">- <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> -<\/w:t>/);
  });

  it('frames the internal blocks of a public document in its internal edition with 〔非公開〕', async () => {
    const out = await buildExample('sample-town');
    const internal = part(out, 'internal/basic.docx');
    expect(internal).toContain('〔非公開〕');
    expect(internal).toContain('w:val="dashed"');
    expect(paragraph(internal, '〔非公開〕').props).toContain('InternalLabel');
    const publicDoc = part(out, 'public/basic.docx');
    expect(publicDoc).not.toContain('〔非公開〕');
    expect(publicDoc).not.toContain('報告先');
    // Internal documents are internal throughout: nothing in them is singled out.
    expect(part(out, 'internal/standards.docx')).not.toContain('〔非公開〕');
  });
});

describe('the approval edition', () => {
  it('holds every document, each in its own section numbered from 1, under one cover, marked', async () => {
    const out = await buildExample('sample-town');
    const doc = part(out, 'internal/approval.docx');
    const texts = paragraphs(doc).map((p) => p.text);
    expect(texts.filter((t) => t === '情報セキュリティポリシー')).toHaveLength(1);
    for (const title of ['さくら町情報セキュリティ基本方針', 'さくら町情報セキュリティ対策基準', 'さくら町情報セキュリティインシデント対応手順']) {
      expect(paragraph(doc, title).props).toContain('<w:pStyle w:val="DocumentTitle"/>');
    }
    const sections = doc.match(/<w:sectPr>[\s\S]*?<\/w:sectPr>/g)!;
    expect(sections.filter((s) => attr(s, 'w:pgNumType', 'w:start') === '1')).toHaveLength(3);
    expect(part(out, 'internal/approval.docx', 'word/header1.xml')).toContain('【取扱注意】');
    // Each document numbers from its own 1: both 1. 組織体制 (standards) and 1 目的 (procedures).
    expect(texts).toEqual(expect.arrayContaining(['1.\t組織体制', '1\t目的']));
  });

  it('is not marked when every document is public', async () => {
    const out = await buildExample('nemuro-hokubu-fire');
    const parts = [...docxParts(out.get('internal/approval.docx') as Uint8Array)];
    expect(parts.map(([, x]) => x).join('')).not.toContain('【取扱注意】');
  });
});

describe('properties', () => {
  it('records title, subject, organization, revision, the source revision, hoshin version and the build date', async () => {
    const c = await compileFolder(`${EXAMPLES}/sample-town`);
    const info = { ...TEST_INFO, revision: { commit: '0123456789abcdef0123456789abcdef01234567', dirty: true } };
    const bytes = await toDocx(c.internal!, c.internal!.documents[1], info);
    const core = docxParts(bytes).get('docProps/core.xml')!;
    expect(core).toContain('<dc:title>さくら町情報セキュリティ対策基準</dc:title>');
    expect(core).toContain('<dc:subject>情報セキュリティポリシー 対策基準</dc:subject>');
    expect(core).toContain('<dc:creator>さくら町</dc:creator>');
    expect(core).toContain('<cp:revision>2</cp:revision>');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-31T00:00:00Z</dcterms:created>');
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-31T00:00:00Z</dcterms:modified>');
    const custom = docxParts(bytes).get('docProps/custom.xml')!;
    expect(custom).toMatch(/name="hoshin:sourceCommit"><vt:lpwstr>0123456789abcdef0123456789abcdef01234567</);
    expect(custom).toMatch(/name="hoshin:sourceDirty"><vt:lpwstr>true</);
    expect(custom).toMatch(/name="hoshin:version"><vt:lpwstr>0.0.0-test</);
  });
});

describe('reproducible bytes', () => {
  it('gives the same bytes when rendered again in the same process (no counters, no clock, no random ids)', async () => {
    const c = await compileFolder(`${EXAMPLES}/izumi`);
    const [document] = c.internal!.documents;
    const first = await toDocx(c.internal!, document, TEST_INFO);
    await toDocx(c.internal!, c.internal!.documents[1], TEST_INFO);
    const again = await toDocx(c.internal!, document, TEST_INFO);
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
  });

  it('numbers ids in document order and zips in a fixed order with the build date as entry time', async () => {
    const out = await build(oneDocument('# 目的 {#purpose}\n\n[リンク](https://example.jp/)と[](#purpose)。\n'));
    const bytes = out.get('public/basic.docx') as Uint8Array;
    const rels = docxParts(bytes).get('word/_rels/document.xml.rels')!;
    for (const [, id] of rels.matchAll(/Id="([^"]+)"/g)) expect(id).toMatch(/^rId\d+$/);
    const doc = docxParts(bytes).get('word/document.xml')!;
    expect(doc).toMatch(/<w:hyperlink [^>]*r:id="rId\d+"/);
    expect([...doc.matchAll(/w:name="(_Toc\d+)"/g)].map((m) => m[1])[0]).toBe('_Toc1');
    expect(Object.keys(unzipSync(bytes)).slice(0, 2)).toEqual(['[Content_Types].xml', '_rels/.rels']);
    // The DOS time of the first local file header: the build date 2026-03-31T00:00:00Z in Tokyo, 09:00:00.
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const [time, date] = [view.getUint16(10, true), view.getUint16(12, true)];
    expect([time >> 11, (time >> 5) & 63, (date >> 9) + 1980, (date >> 5) & 15, date & 31]).toEqual([9, 0, 2026, 3, 31]);
  });
});
