// The HTML renderer without a browser: what the markup says (numbers as in the txt output,
// stable ids, tables, references, the two trees, the marking, the print style sheet) and that it
// is self-contained and reproducible. test/html-chromium.test.ts loads the same pages in Chromium.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Compilation } from '../src/compile.js';
import type { Policy } from '../src/model/types.js';
import { renderAll } from '../src/render/render-all.js';
import { safeUrl } from '../src/render/html/safe-url.js';
import { toHtmlIndex } from '../src/render/html/to-html-index.js';
import { toHtml } from '../src/render/html/to-html.js';
import { toText } from '../src/render/text/to-text.js';
import { compileFolder, EXAMPLES, ROOT, TEST_INFO } from './support/build-example.js';
import { compileMemory, oneDocument } from './support/memory-policy.js';

const EXAMPLE_NAMES = readdirSync(EXAMPLES);

function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

/** The text a reader sees in <main>, without markup (marks of internal parts dropped). */
function mainText(html: string): string {
  const main = html.slice(html.indexOf('<main>'), html.indexOf('</main>'));
  return decode(main.replace(/<[^>]+>/g, '')).replace(/〔非公開〕/g, '');
}

const squeeze = (text: string) => text.replace(/[ \t\r\n]+/g, '');

function document(policy: Policy, id: string) {
  return policy.documents.find((d) => d.id === id)!;
}

function compiled(c: Compilation) {
  expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { internal: c.internal!, public: c.public! };
}

describe('HTML pages', () => {
  for (const name of EXAMPLE_NAMES) {
    it(`${name}: every line of the txt output reads the same in the HTML (numbers, gaps, captions)`, async () => {
      const editions = compiled(await compileFolder(join(EXAMPLES, name)));
      for (const policy of [editions.internal, editions.public]) {
        for (const doc of policy.documents) {
          const html = squeeze(mainText(toHtml(policy, doc, TEST_INFO)));
          const lines = toText(policy, doc).split('\n').slice(6); // cover lines and title are in the page header
          for (const line of lines.flatMap((l) => l.split('\t'))) {
            // The txt indents nested items with full-width spaces; the HTML nests elements instead.
            const text = squeeze(line.replace(/〔非公開(ここまで)?〕/g, '').replace(/^\u3000+/, ''));
            if (text !== '') expect(html, `${policy.edition}/${doc.id}: ${line}`).toContain(text);
          }
        }
      }
    });
  }

  it('is one self-contained HTML5 file in Japanese: inline CSS pinned by hash, no script, nothing fetched', async () => {
    const editions = compiled(await compileFolder(join(EXAMPLES, 'sample-town')));
    const html = toHtml(editions.internal, document(editions.internal, 'standards'), TEST_INFO);
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="ja">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).not.toMatch(/<script|<link rel="stylesheet"|<img|<iframe|@import|url\(/i);
    expect(html.match(/<link [^>]*>/g)).toEqual(['<link rel="icon" href="data:,">']);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1];
    const hash = createHash('sha256').update(style).digest('base64');
    const csp = decode(/http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1]);
    expect(csp).toBe(`default-src 'none'; style-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`);
  });

  it('anchors every heading, item and labelled paragraph at its stable id; the contents list links to them', async () => {
    const editions = compiled(await compileFolder(join(EXAMPLES, 'sample-town')));
    const html = toHtml(editions.internal, document(editions.internal, 'basic'), TEST_INFO);
    expect(html).toContain('<h2 id="general" class="hang"><span class="label">第1章　</span><span class="text">総則</span></h2>');
    expect(html).toContain('<h3 id="purpose" class="caption">（目的）</h3><p class="article"><span class="label">第1条</span>　この方針は');
    expect(html).toContain('<p id="scope-assets" class="clause"><span class="label">2</span>　この方針が対象とする');
    expect(html).toContain('<li id="definitions-1" class="item hang"><span class="label">(1)　</span><div class="item-body"><p>ネットワーク');
    expect(html).toContain('<nav class="toc" aria-label="目次"><h2>目次</h2><ol><li><a href="#general" class="hang"><span class="label">第1章　</span><span class="text">総則</span></a><ol><li><a href="#purpose" class="hang"><span class="label">第1条</span><span class="text">（目的）</span></a>');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) expect(ids, target).toContain(decodeURIComponent(target));
  });

  it('links cross-references to #id in the same document and to <doc>.html#id in another', async () => {
    const editions = compiled(await compileFolder(join(EXAMPLES, 'sample-town')));
    const basic = toHtml(editions.internal, document(editions.internal, 'basic'), TEST_INFO);
    expect(basic).toContain('<a href="#threats" class="ref">第4条</a>に規定する脅威');
    expect(basic).toContain('<a href="procedures.html" class="ref">さくら町情報セキュリティインシデント対応手順</a>');
    const standards = toHtml(editions.internal, document(editions.internal, 'standards'), TEST_INFO);
    expect(standards).toContain('<a href="basic.html#review" class="ref">第12条</a>');
  });

  it('writes tables with a caption, scoped header cells and merged cells as rowspan', async () => {
    const editions = compiled(await compileFolder(join(EXAMPLES, 'sample-town')));
    const html = toHtml(editions.internal, document(editions.internal, 'standards'), TEST_INFO);
    expect(html).toContain('<table><caption>情報資産の重要性分類</caption><thead><tr><th scope="col" class="short">分類</th><th scope="col" class="short">区分</th><th scope="col">分類基準</th>');
    expect(html).toContain('<td rowspan="3" class="short">機密性</td>');
    expect(html).toContain('・特定個人情報<br>・住民基本台帳に記録された情報');
    const c = compileMemory(oneDocument('# 表\n\n| 区分 | 値 | 備考 |\n|:---|---:|:---:|\n| 結合 | 1 | a |\n| ^^ | 2 | b |\n'));
    const merged = toHtml(compiled(c).internal, c.internal!.documents[0], TEST_INFO);
    expect(merged).toContain('<th scope="col" class="align-right short">値</th>');
    expect(merged).toContain('<td rowspan="2" class="short">結合</td><td class="align-right short">1</td><td class="align-center short">a</td></tr><tr><td class="align-right short">2</td>');
  });

  it('keeps public/ to public documents with internal parts gone, and marks them in internal/', async () => {
    const editions = compiled(await compileFolder(join(EXAMPLES, 'sample-town')));
    const files = await renderAll(editions, ['html'], TEST_INFO);
    expect([...files.keys()].sort()).toEqual(['internal/basic.html', 'internal/index.html', 'internal/procedures.html', 'internal/standards.html', 'public/basic.html', 'public/index.html']);
    const publicBasic = String(files.get('public/basic.html'));
    const internalBasic = String(files.get('internal/basic.html'));
    expect(internalBasic).toContain('<div class="internal"><p class="internal-mark">〔非公開〕</p><ul class="list">');
    expect(internalBasic).toContain('090-0000-0000');
    for (const [path, content] of files) {
      if (!path.startsWith('public/')) continue;
      expect(String(content), path).not.toMatch(/090-0000-0000|procedures\.html|standards\.html|〔非公開〕|取扱注意|class="internal/);
    }
    expect(publicBasic).toContain('第9条');
    const publicIndex = String(files.get('public/index.html'));
    expect(publicIndex).toContain('<a href="basic.html">さくら町情報セキュリティ基本方針</a>');
    expect(publicIndex).not.toMatch(/対策基準|インシデント対応手順|改定履歴/);
    const internalIndex = String(files.get('internal/index.html'));
    for (const id of ['basic', 'standards', 'procedures']) expect(internalIndex).toContain(`href="${id}.html"`);
    expect(internalIndex).toContain('令和8年訓令第3号');
  });

  it('prints A4 with margins, page numbers and the marking in the page header of internal pages only', async () => {
    const editions = compiled(await compileFolder(join(EXAMPLES, 'izumi')));
    const internal = toHtml(editions.internal, document(editions.internal, 'standards'), TEST_INFO);
    expect(internal).toContain('<p class="marking">【取扱注意】</p>');
    expect(internal).toMatch(/@page \{\s+size: A4;\s+margin: 25mm 25mm 25mm 25mm;\s+@top-right \{ content: "【取扱注意】";[^}]*\}\s+@bottom-center \{ content: "- " counter\(page\) " -";/);
    expect(internal).toMatch(/h1, h2, h3, h4, h5, h6, \.caption \{ break-inside: avoid; break-after: avoid; \}/);
    expect(internal).toMatch(/h2 \+ p,[^{]*\.caption \+ \.article \{ break-inside: avoid; \}/);
    const published = toHtml(editions.public, document(editions.public, 'basic'), TEST_INFO);
    expect(published).toContain('@top-right { content: none;');
    expect(published).not.toContain('取扱注意');
    // A public document shown with no internal part is not marked in internal/ either.
    expect(toHtml(editions.internal, document(editions.internal, 'basic'), TEST_INFO)).not.toContain('取扱注意');
  });

  it('takes fonts, paper, page numbers and the marking from output settings, escaped for CSS', () => {
    const extra = [
      'output:',
      '  marking: "【庁内限り】\\"}</style>"',
      '  pageNumber: "{n} 頁"',
      '  fonts: { body: "BIZ UDP明朝", heading: "x\\"; } body { background: red } /*", size: 12 }',
      '  page: { size: B5, orientation: landscape, margins: { top: 30, left: 20 } }',
    ].join('\n');
    const c = compileMemory(oneDocument('# 目的\n\n本文。', { visibility: 'internal', extra }));
    const html = toHtml(compiled(c).internal, c.internal!.documents[0], TEST_INFO);
    expect(html).toContain('--mincho: "BIZ UDP明朝", YuMincho, "Yu Mincho"');
    expect(html).toContain('--gothic: "x\\22 \\3b  \\7d  body \\7b  background\\3a  red \\7d  \\2f \\2a ", YuGothic');
    expect(html).toContain('size: 257mm 182mm;');
    expect(html).toContain('margin: 30mm 25mm 25mm 20mm;');
    expect(html).toContain('@top-right { content: "【庁内限り】\\22 \\7d \\3c \\2f style\\3e ";');
    expect(html).toContain('@bottom-center { content: "" counter(page) " 頁";');
    expect(html).toContain('html { font-size: 12pt;');
    expect(html.match(/<\/style>/g)).toHaveLength(1);
  });

  it('is the same bytes for the same source', async () => {
    const one = await renderAll(compiled(await compileFolder(join(EXAMPLES, 'izumi'))), ['html'], TEST_INFO);
    const two = await renderAll(compiled(await compileFolder(join(EXAMPLES, 'izumi'))), ['html'], TEST_INFO);
    expect([...two]).toEqual([...one]);
  });

  it('shows the source revision on internal pages only', async () => {
    const editions = compiled(await compileFolder(join(EXAMPLES, 'nemuro-hokubu-fire')));
    const info = { ...TEST_INFO, revision: { commit: '0123456789abcdef0123', dirty: true } };
    expect(toHtml(editions.internal, editions.internal.documents[0], info)).toContain('hoshin 0.0.0-test で作成（令和8年3月31日）　元の版 0123456789ab（未コミットの変更を含む）');
    expect(toHtml(editions.public, editions.public.documents[0], info)).not.toContain('0123456789ab');
  });

  it('refuses a document named index, whose page index.html would overwrite', () => {
    const c = compileMemory(oneDocument('# 目的\n\n本文。'));
    const policy = { ...c.internal!, documents: [{ ...c.internal!.documents[0], id: 'index' }] };
    expect(() => toHtmlIndex(policy, TEST_INFO)).toThrow(/index/);
  });

  it('lays pages out with templates that hold no logic', () => {
    const dir = join(ROOT, 'templates', 'html');
    for (const name of readdirSync(dir)) {
      const source = readFileSync(join(dir, name), 'utf8');
      expect(source, name).not.toMatch(/\{\{\s*[#/>^!&]|\{\{else/);
    }
  });
});

describe('URLs in href', () => {
  it('pass only http(s), mailto, tel, relative paths and fragments', () => {
    for (const url of ['https://www.city.example.lg.jp/a?b#c', 'http://x', 'mailto:a@example.jp', 'tel:0120-000-000', 'policy/a.html', './a', '../b', '#id', '/abs', '?q=1', 'HTTPS://X']) {
      expect(safeUrl(url), url).toBe(url);
    }
    for (const url of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', '\u0001javascript:x', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', 'file:///etc/passwd', 'blob:https://x/y', '']) {
      expect(safeUrl(url), JSON.stringify(url)).toBeUndefined();
    }
  });
});
