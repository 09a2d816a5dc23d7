import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './support/chromium.js';
import { DIFF_CASES, DIFF_FIXTURES, diffOutputs } from './support/diff-outputs.js';
import { convertDocx } from './support/libreoffice.js';
import { docxParts, validateXml, WML_XSD } from './support/ooxml.js';
import { gitIn, scriptIzumiRevision } from './support/izumi-revision.js';
import { runCli } from './support/run-cli.js';

// The 新旧対照表 and redline outputs as Word, LibreOffice and a browser take them: every DOCX
// validates against the OOXML schema and converts in LibreOffice (one soffice run for all of
// them), the redline's tracked changes survive into LibreOffice's own format, every 新旧対照表
// page passes axe in Chromium. The scripted izumi revision runs through git and the real CLI.

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const scratch = mkdtempSync(join(tmpdir(), 'hoshin-diff-present-'));
const WORD_PART = /^word\/(document|styles|numbering|settings|header\d+|footer\d+)\.xml$/;

let repo: string;

/** All files written, by path under the scratch folder. */
const written: string[] = [];
let pdfs = new Map<string, string>();
let flat = new Map<string, string>();

/** pdftotext in reading order (no -layout), white space removed: the cells' text runs on. */
function pdfText(pdf: string): string {
  const run = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`pdftotext failed on ${pdf}: ${run.stderr}`);
  return run.stdout.replace(/\s+/g, '');
}

beforeAll(async () => {
  // Every revision pair, rendered in-process.
  for (const name of DIFF_CASES) {
    const files = await diffOutputs(join(DIFF_FIXTURES, name, 'old'), join(DIFF_FIXTURES, name, 'new'));
    for (const [file, content] of files) {
      mkdirSync(dirname(join(scratch, name, file)), { recursive: true });
      writeFileSync(join(scratch, name, file), content);
      written.push(join(scratch, name, file));
    }
  }
  // The scripted izumi revision (as in diff-cli.test.ts) and one revision pair, through git and the CLI.
  repo = mkdtempSync(join(tmpdir(), 'hoshin-diff-present-git-'));
  scriptIzumiRevision(repo, {
    old: () => cpSync(join(DIFF_FIXTURES, 'edit-lines', 'old'), join(repo, 'pair'), { recursive: true }),
    new: () => cpSync(join(DIFF_FIXTURES, 'edit-lines', 'new'), join(repo, 'pair'), { recursive: true }),
  });
  for (const [dir, out] of [['policy', 'izumi'], ['pair', 'git-pair']]) {
    const r = runCli(['diff', 'v2025', 'HEAD', '--dir', dir, '--out', join(scratch, out)], { cwd: repo });
    if (r.status !== 0) throw new Error(`hoshin diff --out failed: ${r.stderr}`);
    for (const tree of ['public', 'internal'].filter((t) => existsSync(join(scratch, out, t)))) for (const file of readdirSync(join(scratch, out, tree))) written.push(join(scratch, out, tree, file));
  }
  const docx = written.filter((f) => f.endsWith('.docx'));
  mkdirSync(join(scratch, 'pdf'));
  mkdirSync(join(scratch, 'fodt'));
  // Files of the same name (basic.redline.docx in each case) would overwrite each other's PDF: copy under unique names.
  const unique = docx.map((f, i) => {
    const copy = join(scratch, 'pdf', `${i}-${basename(f)}`);
    cpSync(f, copy);
    return copy;
  });
  const converted = await convertDocx(unique, join(scratch, 'pdf'), 'pdf');
  pdfs = new Map(docx.map((f, i) => [f, converted[i]]));
  const redlines = unique.filter((f) => f.endsWith('.redline.docx'));
  const fodt = await convertDocx(redlines, join(scratch, 'fodt'), 'fodt');
  flat = new Map(docx.filter((f) => f.endsWith('.redline.docx')).map((f, i) => [f, fodt[i]]));
}, 300_000);

afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  rmSync(repo, { recursive: true, force: true });
});

describe('hoshin diff --out', () => {
  it('writes the 新旧対照表 (DOCX, HTML) and the redline of each changed document in public/ and internal/, and still prints the summary', () => {
    // 対策基準 is an internal document: internal/ only.
    expect(readdirSync(join(scratch, 'izumi', 'internal')).sort()).toEqual(['standards.redline.docx', 'standards.新旧対照表.docx', 'standards.新旧対照表.html']);
    expect(existsSync(join(scratch, 'izumi', 'public'))).toBe(false);
    const out = join(scratch, 'again');
    mkdirSync(out);
    writeFileSync(join(out, 'memo.txt'), 'keep');
    const r = runCli(['diff', 'v2025', 'HEAD', '--dir', 'pair', '--out', out, '--columns', 'old-new', '--remarks'], { cwd: repo });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('変更あり');
    expect(r.stderr).toContain('6 個のファイル（公開用 3 個（public/）、庁内用 3 個（internal/））');
    const files = ['basic.redline.docx', 'basic.新旧対照表.docx', 'basic.新旧対照表.html'];
    expect(readdirSync(out).sort()).toEqual(['internal', 'memo.txt', 'public']);
    for (const tree of ['public', 'internal']) expect(readdirSync(join(out, tree)).sort(), tree).toEqual(files);
    expect(readFileSync(join(out, 'public', 'basic.新旧対照表.html'), 'utf8')).toContain('<th scope="col">改正前</th><th scope="col">改正後</th><th scope="col" class="remarks">備考</th>');
    expect(runCli(['diff', 'v2025', 'HEAD', '--dir', 'pair', '--out', out, '--columns', 'left'], { cwd: repo }).status).toBe(2);
  });

  it('through git: the same table as from folders; the redline by the commit author at the commit date', () => {
    const table = (html: string) => /<table class="comparison">[\s\S]*<\/table>/.exec(html)![0];
    for (const tree of ['public', 'internal']) {
      const fromGit = readFileSync(join(scratch, 'git-pair', tree, 'basic.新旧対照表.html'), 'utf8');
      expect(table(fromGit), tree).toBe(table(readFileSync(join(scratch, 'edit-lines', tree, 'basic.新旧対照表.html'), 'utf8')));
    }
    const date = gitIn(repo)('log', '-1', '--format=%cI').trim();
    // As Word shows w:date: the commit's wall clock in Tokyo.
    const stamp = new Date(Date.parse(date) + 9 * 3600_000).toISOString().slice(0, 19);
    const body = docxParts(readFileSync(join(scratch, 'git-pair', 'public', 'basic.redline.docx'))).get('word/document.xml')!;
    expect(body).toContain(`w:author="情報政策課" w:date="${stamp}"`);
  });

  it('is reproducible: the same revisions give the same bytes', () => {
    const out = join(scratch, 'repeat');
    expect(runCli(['diff', 'v2025', 'HEAD', '--dir', 'pair', '--out', out], { cwd: repo }).status).toBe(0);
    for (const tree of ['public', 'internal']) {
      for (const file of readdirSync(join(out, tree))) expect(readFileSync(join(out, tree, file)).equals(readFileSync(join(scratch, 'git-pair', tree, file))), file).toBe(true);
    }
  });
});

describe('the scripted izumi revision', () => {
  const html = () => readFileSync(join(scratch, 'izumi', 'internal', 'standards.新旧対照表.html'), 'utf8');

  it('HTML: 2.4 with 「Ⅱ及び」 underlined on the 改正前 side and blanks opposite, （略）, then 2.9 （新設）', () => {
    const page = html();
    const rows = /<tbody>([\s\S]*)<\/tbody>/.exec(page)![1].split('</tr>').filter((r) => r.includes('<td'));
    expect(rows).toHaveLength(3);
    const [telework, omitted, added] = rows.map((r) => r.split('</td>'));
    expect(telework[0]).toContain('重要度分類<span class="changed">　　　</span>Ⅲの情報に限る');
    expect(telework[1]).toContain('重要度分類<span class="changed">Ⅱ及び</span>Ⅲの情報に限る');
    expect(omitted[0]).toContain('（略）');
    expect(omitted[1]).toContain('（略）');
    expect(added[0]).toContain('<span class="changed">生成AIの利用</span>');
    expect(added[1]).toContain('（新設）');
  });

  it('DOCX: the same rows in LibreOffice (pdftotext), 「Ⅱ及び」 underlined', () => {
    const file = join(scratch, 'izumi', 'internal', 'standards.新旧対照表.docx');
    const body = docxParts(readFileSync(file)).get('word/document.xml')!;
    expect(body).toMatch(/<w:u w:val="single"\/><\/w:rPr><w:t xml:space="preserve">Ⅱ及び<\/w:t>/);
    const text = pdfText(pdfs.get(file)!);
    expect(text).toContain('和泉市情報セキュリティ対策基準新旧対照表');
    expect(text).toContain('（傍線部分は改正部分）');
    // Reading order runs the two cells of a row line by line; the blanks opposite 「Ⅱ及び」 are white space.
    const at = (s: string) => text.indexOf(s);
    expect(at('改正後')).toBeLessThan(at('改正前'));
    expect(at('改正前')).toBeLessThan(at('在宅勤務で取り扱う情報資産'));
    expect(at('分類Ⅱ及びⅢの情報に限る')).toBeGreaterThan(at('在宅勤務で取り扱う情報資産'));
    expect(text).not.toContain('分類Ⅲの情報に限る');
    expect(at('（略）')).toBeGreaterThan(at('分類Ⅱ及びⅢの情報に限る'));
    expect(at('2.9.生成AIの利用')).toBeGreaterThan(at('（略）'));
    expect(at('（新設）')).toBeGreaterThan(at('（略）'));
  });

  it('redline: LibreOffice shows the deleted 「Ⅱ及び」 and the inserted 2.9, as tracked changes', () => {
    const file = join(scratch, 'izumi', 'internal', 'standards.redline.docx');
    const text = pdfText(pdfs.get(file)!);
    expect(text).toContain('重要度分類Ⅱ及びⅢの情報に限る');
    expect(text).toContain('生成AIの利用');
    expect(text).toContain('職員等は、生成AIサービスに重要度分類Ⅰ及びⅡの情報資産を入力してはならない。');
    const fodt = readFileSync(flat.get(file)!, 'utf8');
    expect(fodt).toContain('<text:tracked-changes');
    expect(fodt).toMatch(/<text:changed-region[\s\S]*?<text:deletion>[\s\S]*?Ⅱ及び/);
    expect(fodt).toMatch(/<text:insertion>[\s\S]*?<dc:creator>情報政策課<\/dc:creator>/);
  });
});

describe('every output in Word, LibreOffice and Chromium terms', () => {
  it('every DOCX validates against the OOXML schema (xmllint)', () => {
    const docx = written.filter((f) => f.endsWith('.docx'));
    expect(docx.length).toBeGreaterThanOrEqual(32);
    const parts = docx.flatMap((f) => [...docxParts(readFileSync(f))].filter(([name]) => WORD_PART.test(name)).map(([name, xml]) => ({ name: `${f}:${name}`, xml })));
    expect(validateXml(parts, WML_XSD)).toEqual([]);
  });

  it('every DOCX converts in LibreOffice; each redline shows its deleted and inserted text and keeps its tracked changes', () => {
    for (const [file, pdf] of pdfs) expect(existsSync(pdf), file).toBe(true);
    for (const name of DIFF_CASES.filter((n) => existsSync(join(scratch, n, 'public', 'basic.redline.docx')))) {
      const file = join(scratch, name, 'public', 'basic.redline.docx');
      const body = docxParts(readFileSync(file)).get('word/document.xml')!;
      const deleted = [...body.matchAll(/<w:delText[^>]*>([^<]+)<\/w:delText>/g)].map((m) => m[1].replace(/\s+/g, ''));
      const inserted = [...body.matchAll(/<w:ins [^>]*><w:r>(?:<w:rPr>[\s\S]*?<\/w:rPr>)?<w:t[^>]*>([^<]+)<\/w:t>/g)].map((m) => m[1].replace(/\s+/g, ''));
      expect(deleted.length + inserted.length, name).toBeGreaterThan(0);
      const text = pdfText(pdfs.get(file)!);
      for (const t of [...deleted, ...inserted]) expect(text, `${name}: ${t}`).toContain(t);
      expect(readFileSync(flat.get(file)!, 'utf8'), name).toContain('<text:tracked-changes');
    }
  });

  it('every 新旧対照表 page passes axe (WCAG 2.1 A/AA) in Chromium with no request leaving the page', async () => {
    const pages = written.filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(16);
    let browser: Browser | undefined;
    try {
      browser = await launchChromium();
      const context = await browser.newContext();
      for (const file of pages) {
        const page = await context.newPage();
        const requests: string[] = [];
        const errors: string[] = [];
        page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && errors.push(m.text()));
        const url = pathToFileURL(file).href;
        await page.route('**/*', (route) => {
          requests.push(route.request().url());
          return route.request().url() === url ? route.continue() : route.abort();
        });
        await page.goto(url, { waitUntil: 'load' });
        expect(errors, file).toEqual([]);
        expect(requests, file).toEqual([url]);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
        // 傍線 is drawn as an underline.
        expect(await page.evaluate(() => Array.from(document.querySelectorAll('.changed'), (e) => getComputedStyle(e).textDecorationLine).every((d) => d === 'underline'))).toBe(true);
        await page.evaluate(AXE);
        const results = await page.evaluate(() =>
          (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
          }),
        );
        expect(results.violations.map((v) => `${file}: ${v.id}: ${v.help} (${v.nodes.length}: ${JSON.stringify(v.nodes[0]?.target)})`)).toEqual([]);
        await page.close();
      }
    } finally {
      await browser?.close();
    }
  }, 120_000);
});
