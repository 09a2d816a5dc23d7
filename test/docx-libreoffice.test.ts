import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Block, Policy, PolicyDocument } from '../src/model/types.js';
import { toPlainText } from '../src/model/to-plain-text.js';
import { walkBlocks } from '../src/model/walk-blocks.js';
import { toFrontMatter } from '../src/render/front-matter.js';
import { compileFolder, EXAMPLES } from './support/build-example.js';
import { convertToPdf, pdfFonts, pdfPages } from './support/libreoffice.js';
import { runCliAsync } from './support/run-cli.js';

// The real consumer: every DOCX of every example, built by the real CLI, opened by LibreOffice
// (headless, its own profile, Word's Japanese fonts mapped to IPA/Noto) and printed to PDF. What
// pdftotext reads back must be the cover, the 目次 with the pages LibreOffice itself laid the
// headings on, the numbered headings in order, and the marking on every page of internal documents.

const examples = readdirSync(EXAMPLES);
const work = mkdtempSync(join(tmpdir(), 'hoshin-docx-lo-'));

interface Converted {
  example: string;
  path: string;
  pages: string[];
  pdf: string;
}

const converted = new Map<string, Converted>();
const policies = new Map<string, Policy>();

/** Text as compared: pdftotext spaces out digits and aligns columns, so no white space at all. */
const squeeze = (text: string) => text.replace(/\s+/g, '');

beforeAll(async () => {
  const built = await Promise.all(examples.map((example) => runCliAsync(['build', join(EXAMPLES, example), '--out', join(work, 'dist', example), '--format', 'docx'])));
  built.forEach((result, i) => expect(result.status, `${examples[i]}: ${result.stderr}`).toBe(0));
  // One flat folder, one LibreOffice run for every file (soffice names each PDF after its DOCX).
  const flat = join(work, 'docx');
  mkdirSync(flat);
  const jobs: Array<{ example: string; path: string; file: string }> = [];
  for (const example of examples) {
    for (const edition of ['public', 'internal']) {
      for (const name of readdirSync(join(work, 'dist', example, edition)).filter((n) => n.endsWith('.docx'))) {
        const file = join(flat, `${example}--${edition}--${name}`);
        copyFileSync(join(work, 'dist', example, edition, name), file);
        jobs.push({ example, path: `${edition}/${name}`, file });
      }
    }
    policies.set(example, (await compileFolder(join(EXAMPLES, example))).internal!);
  }
  const pdfs = await convertToPdf(jobs.map((j) => j.file), join(work, 'pdf'));
  jobs.forEach((job, i) => converted.set(`${job.example}/${job.path}`, { ...job, pdf: pdfs[i], pages: pdfPages(pdfs[i]) }));
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The headings a 目次 lists (sections but 例規 articles, `levels` deep), as printed. */
function contentsHeadings(document: PolicyDocument, levels: number): string[] {
  const out: string[] = [];
  walkBlocks(document.children, (block: Block, ancestors) => {
    const depth = ancestors.filter((a) => a.type === 'section').length;
    if (block.type === 'section' && !block.caption && depth < levels) out.push(squeeze(`${block.label.text}${toPlainText(block.heading)}`));
  });
  return out;
}

/** Every heading as printed, in order: 例規 articles by their （見出し）. */
function allHeadings(document: PolicyDocument): string[] {
  const out: string[] = [];
  walkBlocks(document.children, (block) => {
    if (block.type === 'section') out.push(squeeze(block.caption ? `（${toPlainText(block.heading)}）` : `${block.label.text}${toPlainText(block.heading)}`));
  });
  return out;
}

/** The page number printed in a page's footer ("- 3 -"), if any. */
function printedNumber(page: string): number | undefined {
  const m = /-\s*(\d+)\s*-\s*$/.exec(page.trimEnd());
  return m ? Number(m[1]) : undefined;
}

/** 目次 entries as LibreOffice printed them: the text before the dot leader, and the page number. */
function contentsEntries(pages: string[]): Array<{ title: string; page: number; at: number }> {
  return pages.flatMap((page, at) =>
    page.split('\n').flatMap((line) => {
      const m = /^\s*(.+?)\s*\.{3,}\s*(\d+)\s*$/.exec(line);
      return m ? [{ title: squeeze(m[1]), page: Number(m[2]), at }] : [];
    }),
  );
}

/** Whether the internal edition of a document shows anything non-public (a block or a span). */
function showsInternal(document: PolicyDocument): boolean {
  let found = false;
  walkBlocks(document.children, (block) => {
    if (block.visibility === 'internal') found = true;
    if ('children' in block && JSON.stringify(block.children).includes('"internalSpan"')) found = true;
  });
  return found;
}

function documentsOf(example: string, path: string): PolicyDocument[] {
  const policy = policies.get(example)!;
  if (path.endsWith('approval.docx')) return policy.documents;
  return policy.documents.filter((d) => path.endsWith(`/${d.id}.docx`));
}

describe.each(examples)('LibreOffice opens every DOCX of %s', (example) => {
  const outputs = () => [...converted.values()].filter((c) => c.example === example);

  it('converts every DOCX to a PDF set in Mincho and Gothic, not a fallback font', () => {
    expect(outputs().length).toBeGreaterThanOrEqual(2);
    for (const c of outputs()) {
      expect(c.pages.length, c.path).toBeGreaterThanOrEqual(3);
      const fonts = pdfFonts(c.pdf);
      expect(fonts, c.path).toMatch(/Mincho|Serif ?CJK/i);
      expect(fonts, c.path).toMatch(/Gothic|Sans ?CJK/i);
    }
  });

  it('shows the cover on page 1: organization, collection, title and 令和 date', () => {
    for (const c of outputs()) {
      const policy = policies.get(example)!;
      const front = toFrontMatter(policy, documentsOf(example, c.path)[0]);
      const cover = squeeze(c.pages[0]);
      const title = c.path.endsWith('approval.docx') ? policy.title : front.coverTitle;
      for (const text of [front.org, title, ...front.dates]) expect(cover, `${c.path}: ${text}`).toContain(squeeze(text));
    }
  });

  it('lists every heading in the 目次 with the page LibreOffice laid it on', () => {
    for (const c of outputs()) {
      const entries = contentsEntries(c.pages);
      const documents = documentsOf(example, c.path);
      // The approval edition's 目次: each document's title, then two levels of its headings.
      const approval = c.path.endsWith('approval.docx');
      const expected = documents.flatMap((d) => [...(approval ? [squeeze(d.title)] : []), ...contentsHeadings(d, approval ? 2 : 3)]);
      expect(entries.map((e) => e.title), c.path).toEqual(expected);
      // Find each heading at the start of a line of the body, in order, and read that page's number.
      const bodyStart = Math.max(...entries.map((e) => e.at)) + 1;
      let at = bodyStart;
      const found = entries.map((entry) => {
        for (let p = at; p < c.pages.length; p++) {
          if (c.pages[p].split('\n').some((line) => squeeze(line).startsWith(entry.title))) {
            at = p;
            return { ...entry, printed: printedNumber(c.pages[p]) };
          }
        }
        return { ...entry, printed: undefined };
      });
      for (const f of found) expect(f.printed, `${c.path}: ${f.title}`).toBeDefined();
      const off = found.filter((f) => f.printed !== f.page);
      expect(off.filter((f) => Math.abs((f.printed ?? 0) - f.page) > 1), `${c.path}: ${JSON.stringify(off)}`).toEqual([]);
      expect(off.length, `${c.path}: ${JSON.stringify(off)}`).toBeLessThanOrEqual(Math.floor(found.length / 10));
    }
  });

  it('prints the numbered headings in order', () => {
    for (const c of outputs()) {
      const text = squeeze(c.pages.join('\n'));
      // After the 目次, so its entries do not count.
      let from = text.lastIndexOf('.....') + 1;
      for (const heading of documentsOf(example, c.path).flatMap(allHeadings)) {
        const at = text.indexOf(heading, from);
        expect(at, `${c.path}: ${heading}`).toBeGreaterThanOrEqual(0);
        from = at + heading.length;
      }
    }
  });

  it('marks every page of a file that shows non-public text, cover included, and no page of public-only ones', () => {
    for (const c of outputs()) {
      const marked = c.path.startsWith('internal/') && documentsOf(example, c.path).some((d) => d.visibility === 'internal' || showsInternal(d));
      c.pages.forEach((page, i) => expect(page.includes('【取扱注意】'), `${c.path} page ${i + 1}`).toBe(marked));
    }
  });
});

describe('LibreOffice and the examples in particular', () => {
  it('prints nemuro in the guideline numbering: 1 目的, (1) ネットワーク', () => {
    const all = squeeze(converted.get('nemuro-hokubu-fire/public/basic.docx')!.pages.join('\n'));
    const text = all.slice(all.lastIndexOf('.....'));
    expect(text.indexOf('1目的')).toBeGreaterThanOrEqual(0);
    expect(text.indexOf('2定義')).toBeGreaterThan(text.indexOf('1目的'));
    expect(text.indexOf('(1)ネットワーク')).toBeGreaterThan(text.indexOf('2定義'));
    expect(text.indexOf('(2)情報システム')).toBeGreaterThan(text.indexOf('(1)ネットワーク'));
  });

  it('starts each document of the approval edition on a page of its own', () => {
    const c = converted.get('sample-town/internal/approval.docx')!;
    for (const document of policies.get('sample-town')!.documents) {
      const first = c.pages.findIndex((page) => page.split('\n').slice(0, 6).some((line) => squeeze(line) === squeeze(document.title)));
      expect(first, document.title).toBeGreaterThan(1);
      expect(printedNumber(c.pages[first]), document.title).toBe(1);
    }
  });

  it('shows the internal block of the public 基本方針 framed as 〔非公開〕 in the internal edition only', () => {
    const internal = squeeze(converted.get('sample-town/internal/basic.docx')!.pages.join(''));
    expect(internal).toContain('〔非公開〕・報告先');
    const publicText = squeeze(converted.get('sample-town/public/basic.docx')!.pages.join(''));
    expect(publicText).not.toContain('〔非公開〕');
    expect(publicText).not.toContain('報告先');
  });
});
