// Every HTML page of every example, built by the real CLI, loaded in Debian's Chromium from a
// loopback web server: no console error, no request other than the page itself, every link
// target present, Japanese fonts found, and no WCAG 2.1 A/AA violation that axe-core can see.
// An internal document printed to PDF (Chromium's own print) carries the marking on every page.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from './support/build-example.js';
import { launchChromium, serveStatic, type StaticServer } from './support/chromium.js';
import { runCli } from './support/run-cli.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const EXAMPLE_NAMES = readdirSync(EXAMPLES);
const scratch = mkdtempSync(join(tmpdir(), 'hoshin-html-chromium-'));

// Built before the tests are collected, so there is one test per page.
const PAGES: string[] = [];
for (const name of EXAMPLE_NAMES) {
  const built = runCli(['build', join(EXAMPLES, name), '--out', join(scratch, name), '--format', 'html']);
  if (built.status !== 0) throw new Error(`hoshin build ${name} failed: ${built.stderr}`);
  for (const tree of ['public', 'internal']) {
    for (const file of readdirSync(join(scratch, name, tree)).sort()) PAGES.push(`${name}/${tree}/${file}`);
  }
}

let browser: Browser;
let context: BrowserContext;
let server: StaticServer;
beforeAll(async () => {
  browser = await launchChromium();
  context = await browser.newContext();
  server = await serveStatic(scratch);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});

interface Loaded {
  page: Page;
  url: string;
  requests: string[];
  errors: string[];
}

/** Open a page with every request recorded and only the page itself let through. */
async function open(path: string): Promise<Loaded> {
  const page = await context.newPage();
  const url = `${server.origin}/${path}`;
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.route('**/*', (route) => {
    requests.push(route.request().url());
    return route.request().url() === url ? route.continue() : route.abort();
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response?.status()).toBe(200);
  return { page, url, requests, errors };
}

describe('every page in Chromium', () => {
  it('covers every example, both trees, with an index page in each', () => {
    for (const name of EXAMPLE_NAMES) {
      expect(PAGES).toContain(`${name}/public/index.html`);
      expect(PAGES).toContain(`${name}/internal/index.html`);
    }
  });

  for (const path of PAGES) {
    it(path, async () => {
      const { page, url, requests, errors } = await open(path);
      try {
        expect(errors).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
        // Links: a fragment names an element of the page; another page is a built file holding the id.
        const hrefs = await page.evaluate(() => Array.from(document.querySelectorAll('a[href]'), (a) => a.getAttribute('href')!));
        for (const href of hrefs) {
          if (/^(https?|mailto|tel):/.test(href)) continue;
          const [file, fragment] = href.split('#');
          const target = file === '' ? await page.content() : readFileSync(join(scratch, path, '..', file), 'utf8');
          if (fragment) expect(target, href).toContain(`id="${decodeURIComponent(fragment)}"`);
        }
        await page.evaluate(AXE);
        const results = await page.evaluate(() =>
          (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown }> }> }> } }).axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa'] },
          }),
        );
        expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}: ${JSON.stringify(v.nodes[0]?.target)})`)).toEqual([]);
        // Nothing left the page: not a font, not an icon, not a style sheet.
        expect(requests).toEqual([url]);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    });
  }
});

describe('typesetting and print', () => {
  it('sets the body in a 明朝 and headings in a ゴシック that this system has (Noto or IPA)', async () => {
    const { page } = await open('izumi/public/basic.html');
    const session = await context.newCDPSession(page);
    await session.send('DOM.enable');
    await session.send('CSS.enable');
    const { root } = await session.send('DOM.getDocument');
    const fontsOf = async (selector: string) => {
      const { nodeId } = await session.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      const { fonts } = await session.send('CSS.getPlatformFontsForNode', { nodeId });
      return fonts.sort((a, b) => b.glyphCount - a.glyphCount)[0].familyName;
    };
    expect(await fontsOf('.content p')).toMatch(/Noto Serif CJK JP|IPA.*Mincho|IPA.*明朝/);
    expect(await fontsOf('h1')).toMatch(/Noto Sans CJK JP|IPA.*Gothic|IPA.*ゴシック/);
    await page.close();
  });

  it('prints an internal document on A4 with the marking and a page number on every page; a public one unmarked', async () => {
    const pdf = async (path: string) => {
      const { page } = await open(path);
      const file = join(scratch, `${path.replace(/\//g, '-')}.pdf`);
      await page.pdf({ path: file, preferCSSPageSize: true });
      await page.close();
      expect(existsSync(file)).toBe(true);
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
      return { pages: Number(/^Pages:\s+(\d+)/m.exec(info)![1]), size: /^Page size:\s+(.*)$/m.exec(info)![1], text, pageTexts: text.split('\f').filter((t) => t.trim() !== '') };
    };
    const internal = await pdf('sample-town/internal/standards.html');
    expect(internal.size).toContain('(A4)');
    expect(internal.pages).toBeGreaterThan(1);
    internal.pageTexts.forEach((text, i) => {
      expect(text, `page ${i + 1}`).toContain('【取扱注意】');
      // pdftotext -layout may close up the spaces of "- 2 -".
      expect(text, `page ${i + 1}`).toMatch(new RegExp(`-\\s*${i + 1}\\s*-`));
    });
    expect(internal.text).toContain('1.1.最高情報セキュリティ責任者');
    const published = await pdf('izumi/public/basic.html');
    expect(published.size).toContain('(A4)');
    expect(published.text).not.toContain('取扱注意');
    expect(published.text).toMatch(/-\s*1\s*-/);
  });
});
