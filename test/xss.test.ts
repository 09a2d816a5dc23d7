// HTML output is published on a municipality's web site, so nothing in the source — Markdown,
// manifest values, data-table cells, ids, Handlebars expressions — may become executable. Every
// page is parsed by Chromium's own HTML parser (DOMParser, which runs nothing) and searched for
// scripts, event handler attributes, dangerous URLs, active elements and style that fetches.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Compilation } from '../src/compile.js';
import { renderAll } from '../src/render/render-all.js';
import { toHtml } from '../src/render/html/to-html.js';
import { TEST_INFO } from './support/build-example.js';
import { launchChromium } from './support/chromium.js';
import { compileMemory } from './support/memory-policy.js';

const PAYLOADS = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><script>alert(1)</script></svg>',
  '"><svg/onload=alert(1)>',
  "'><iframe src=javascript:alert(1)></iframe>",
  '<a href="javascript:alert(1)">x</a>',
  '</style><script>alert(1)</script>',
  '</title><script>alert(1)</script>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<!--<img src="--><img src=x onerror=alert(1)//">',
  '{{constructor.constructor}}',
  '{{{x}}}',
  'javascript:alert(1)',
];

// YAML single-quoted scalars: only ' needs doubling.
const yaml = (value: string) => `'${value.replace(/'/g, "''")}'`;
const [P0, P1, P2, P3, P4, P5, P6, P7, P8, P9] = PAYLOADS.map(yaml);

/** A policy carrying every payload in every place a value can reach the HTML. */
function kitchenSink(): Record<string, string> {
  const manifest = [
    `org: { name: ${P0}, kind: 市, self: ${P1} }`,
    `title: ${P3}`,
    'adopted: "2026-03"',
    `revisions: [{ date: "2026-04-01", kind: 一部改正, summary: ${P2}, instrument: ${yaml(PAYLOADS[11])} }]`,
    `roles: { ciso: { title: ${P5}, holder: ${P4} } }`,
    'documents:',
    `  - { id: basic, tier: basic, title: ${P7}, coverTitle: ${P4}, visibility: public, sources: [basic.md] }`,
    `  - { id: standards, tier: standards, title: ${P6}, numbering: decimal, sources: [standards.md] }`,
    'data:',
    '  payloads:',
    `    caption: ${P0}`,
    `    columns: [{ key: a, label: ${P1} }, { key: b, label: ${P8} }]`,
    `    rows: [{ a: ${P2}, b: [${P3}, ${P9}] }, { a: ${yaml('[x](javascript:alert(1))')}, b: ${yaml(PAYLOADS[12])} }]`,
    'output:',
    `  marking: ${P6}`,
    `  pageNumber: ${yaml('{n}</style><script>alert(1)</script>')}`,
    `  fonts: { body: ${yaml('x"; } * { background: url(https://evil.example/x) } /*')}, heading: ${yaml("</style><img src=x onerror=alert(1)>")} }`,
  ].join('\n');
  const markdown = (self: string) =>
    [
      `# 見出し <b onmouseover=alert(1)>太字</b> {#"><svg/onload=alert(1)>}`,
      '',
      `{{org.name}} と {{{org.name}}} と {{org.self}} と {{role "ciso"}} と {{{title}}} と ${self}`,
      '',
      '<script>alert(1)</script>',
      '',
      '<img src=x onerror=alert(1)> と <svg onload=alert(1)> と <a href="javascript:alert(1)">a</a>',
      '',
      '&lt;script&gt;alert(1)&lt;/script&gt; と &#60;img src=x onerror=alert(1)&#62;',
      '',
      '[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](java&#x09;script:alert(1)) [d](&#106;avascript:alert(1))',
      '[e](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [f](vbscript:msgbox(1)) <javascript:alert(1)> [g](<javascript:alert(1)>)',
      '[h](https://example.jp/"onmouseover="alert(1)) [i][ref] ![j](javascript:alert(1)) ![<svg onload=alert(1)>](x.png)',
      '',
      '[ref]: javascript:alert(1)',
      '',
      '## 参照 {#javascript:alert(1)}',
      '',
      '[](#javascript:alert(1)) と [<img src=x onerror=alert(1)>](#javascript:alert(1))',
      '',
      '1. <iframe src="javascript:alert(1)"></iframe> 項目',
      '1. :internal[<img src=x onerror=alert(1)>非公開]',
      '',
      '| <script>alert(1)</script> | [x](javascript:alert(1)) |',
      '|---|---|',
      '| <img src=x onerror=alert(1)> | `<script>alert(1)</script>` |',
      '',
      '::data-table{source=payloads}',
      '',
      '```"><script>alert(1)</script>',
      '<script>alert(1)</script>',
      '```',
      '',
      ':::internal',
      '<style>body{background:url(https://evil.example/)}</style>',
      ':::',
      '',
    ].join('\n');
  return { 'policy.yaml': manifest, 'basic.md': markdown('公開'), 'standards.md': markdown('[](basic)') };
}

/** Template expressions that reach for prototypes; each must fail the build or print nothing live. */
const TEMPLATE_ATTACKS = [
  '{{constructor.constructor}}',
  '{{constructor.constructor "alert(1)"}}',
  '{{__proto__}}',
  '{{org.__proto__.constructor.name}}',
  '{{lookup this "constructor"}}',
  '{{lookup org "constructor"}}',
  '{{#with "s" as |s|}}{{s.constructor.constructor}}{{/with}}',
  '{{#each roles}}{{{this.constructor.constructor}}}{{/each}}',
  '{{{x}}}',
  '{{> partial}}',
];

interface Finding {
  what: string;
  where: string;
}

/** What in a parsed page could run or fetch: run inside Chromium on DOMParser's document. */
async function dangers(page: Page, html: string): Promise<Finding[]> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const found: Array<{ what: string; where: string }> = [];
    const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcset', 'ping'];
    for (const element of Array.from(doc.querySelectorAll('*'))) {
      const tag = element.tagName.toLowerCase();
      if (['script', 'iframe', 'frame', 'object', 'embed', 'svg', 'math', 'img', 'form', 'base', 'audio', 'video', 'source', 'template', 'portal'].includes(tag)) {
        found.push({ what: `<${tag}>`, where: element.outerHTML.slice(0, 80) });
      }
      if (tag === 'meta' && element.getAttribute('http-equiv')?.toLowerCase() === 'refresh') found.push({ what: 'meta refresh', where: element.outerHTML });
      if (tag === 'link' && !(element.getAttribute('rel') === 'icon' && element.getAttribute('href') === 'data:,')) found.push({ what: '<link>', where: element.outerHTML });
      if (tag === 'style' && element.parentElement?.tagName.toLowerCase() !== 'head') found.push({ what: '<style> outside head', where: element.outerHTML.slice(0, 80) });
      for (const attribute of Array.from(element.attributes)) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith('on')) found.push({ what: `${name}=`, where: element.outerHTML.slice(0, 80) });
        if (name === 'style' || name === 'srcdoc') found.push({ what: `${name}=`, where: element.outerHTML.slice(0, 80) });
        if (URL_ATTRIBUTES.includes(name)) {
          // What the browser would resolve: control characters and surrounding space removed.
          const value = attribute.value.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
          const scheme = /^([a-z][a-z0-9+.-]*):/.exec(value)?.[1];
          if (scheme !== undefined && !['http', 'https', 'mailto', 'tel'].includes(scheme) && !(tag === 'link' && value === 'data:,')) {
            found.push({ what: `${name}=${scheme}:`, where: element.outerHTML.slice(0, 80) });
          }
        }
      }
    }
    const styles = Array.from(doc.querySelectorAll('style'));
    if (styles.length !== 1) found.push({ what: `${styles.length} <style> elements`, where: '' });
    for (const style of styles) {
      if (/url\(|@import|expression\(|image-set\(/i.test(style.textContent ?? '')) found.push({ what: 'fetching CSS', where: (style.textContent ?? '').slice(0, 80) });
    }
    const csp = doc.head.firstElementChild?.nextElementSibling;
    if (csp?.getAttribute('http-equiv') !== 'Content-Security-Policy' || !/default-src 'none'/.test(csp.getAttribute('content') ?? '')) {
      found.push({ what: 'no Content-Security-Policy first in head', where: '' });
    }
    return found;
  }, html);
}

async function pagesOf(c: Compilation): Promise<Map<string, string>> {
  const files = await renderAll({ internal: c.internal!, public: c.public! }, ['html'], TEST_INFO);
  return new Map([...files].map(([path, content]) => [path, String(content)]));
}

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchChromium();
  page = await (await browser.newContext()).newPage();
});
afterAll(async () => browser?.close());

describe('no executable content in HTML output', () => {
  it('(the detector finds what it looks for)', async () => {
    const bad = '<!DOCTYPE html><html><head><meta charset="utf-8"><style>a{background:url(x)}</style></head><body><p onclick="x">a</p><a href="java\tscript:x">b</a><svg></svg><script>1</script><div style="x"></div></body></html>';
    const found = (await dangers(page, bad)).map((f) => f.what);
    expect(found).toEqual(expect.arrayContaining(['onclick=', 'href=javascript:', '<svg>', '<script>', 'style=', 'fetching CSS', 'no Content-Security-Policy first in head']));
  });

  it('keeps every payload in Markdown, manifest values and table cells inert (and visible as text)', async () => {
    const c = compileMemory(kitchenSink());
    expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // The source's raw HTML and unsafe links are reported, not passed on.
    const warned = new Set(c.diagnostics.map((d) => d.ruleId));
    expect(warned).toContain('raw-html');
    expect(warned).toContain('unsafe-url');
    const pages = await pagesOf(c);
    expect(pages.size).toBe(5);
    for (const [path, html] of pages) {
      expect(await dangers(page, html), path).toEqual([]);
    }
    // Values are escaped, not dropped: a reader sees exactly what the manifest says.
    const text = await page.evaluate((source) => new DOMParser().parseFromString(source, 'text/html').body.textContent ?? '', pages.get('internal/basic.html')!);
    for (const payload of [PAYLOADS[0], PAYLOADS[1], PAYLOADS[5], PAYLOADS[7], '<script>alert(1)</script>']) expect(text).toContain(payload);
    const title = await page.evaluate((source) => new DOMParser().parseFromString(source, 'text/html').title, pages.get('internal/standards.html')!);
    expect(title).toBe(PAYLOADS[6]);
  });

  for (const attack of TEMPLATE_ATTACKS) {
    it(`refuses or neutralizes the template expression ${attack}`, async () => {
      const c = compileMemory({
        'policy.yaml': 'org: { name: 町, kind: 町, self: 本町 }\nroles: { ciso: { title: 責任者 } }\ndocuments:\n  - { id: basic, tier: basic, title: 方針, sources: [a.md] }\n',
        'a.md': `# 目的\n\n前${attack}後\n`,
      });
      const errors = c.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0) {
        // The build stops here: nothing is written.
        expect(errors[0].ruleId).toMatch(/^template-/);
        return;
      }
      for (const [path, html] of await pagesOf(c)) {
        expect(await dangers(page, html), path).toEqual([]);
        expect(html, path).not.toMatch(/function Function|\[native code\]/);
      }
    });
  }

  it('adds the one reload script in serve mode only, same-origin and allowed by the page policy', async () => {
    const c = compileMemory(kitchenSink());
    const html = toHtml(c.internal!, c.internal!.documents[0], TEST_INFO, { liveScript: '/__hoshin/live.js?build=3' });
    const found = await dangers(page, html);
    expect(found.map((f) => f.what)).toEqual(['<script>']);
    expect(found[0].where).toBe('<script src="/__hoshin/live.js?build=3" defer=""></script>');
    // Handlebars writes ' as &#x27; in the attribute.
    expect(html).toContain('script-src &#x27;self&#x27;; connect-src &#x27;self&#x27;">');
    for (const [path, built] of await pagesOf(c)) expect(built, path).not.toMatch(/<script|script-src/);
  });
});
