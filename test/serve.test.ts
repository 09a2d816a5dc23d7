// `hoshin serve` as an author uses it: the real CLI on a copy of an example, the page open in
// Chromium; a saved edit shows within 2 seconds, an error replaces the page with the problem list,
// the fix brings the page back, and Ctrl-C (SIGINT) stops the server cleanly. Loopback only.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from './support/build-example.js';
import { launchChromium } from './support/chromium.js';
import { runCli } from './support/run-cli.js';
import { serveCli, type Served } from './support/serve-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'hoshin-serve-'));

const running: Served[] = [];

async function serve(dir: string, ...args: string[]): Promise<Served> {
  const served = await serveCli(dir, join(scratch, 'cache'), ...args);
  running.push(served);
  return served;
}

/** The page's main text, also while it is reloading. */
async function textOf(page: Page): Promise<string> {
  try {
    return (await page.textContent('body', { timeout: 500 })) ?? '';
  } catch {
    return '';
  }
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterEach(() => {
  for (const served of running.splice(0)) served.child.kill('SIGKILL');
});
afterAll(async () => {
  await browser?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe('hoshin serve', () => {
  it('shows saved edits within 2 seconds, errors instead of stale content, recovers, and stops on Ctrl-C', async () => {
    const dir = join(scratch, 'sample-town');
    cpSync(join(EXAMPLES, 'sample-town'), dir, { recursive: true });
    const served = await serve(dir);
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const page = await (await browser.newContext()).newPage();
    const requests: string[] = [];
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.continue();
    });
    await page.goto(`${served.url}basic.html`);
    // Polled, as below: on a loaded machine the first paint can take longer than one textOf.
    await expect.poll(() => textOf(page), { timeout: 5000, interval: 50 }).toContain('第1条　この方針は、本町が保有する情報資産');

    const source = join(dir, 'basic-policy.md');
    const original = readFileSync(source, 'utf8');
    // Each step is checked for what it shows, with time to spare on a loaded machine; the 2-second
    // promise is checked on the median of three edits, as one hiccup of a shared CI host (a CI run
    // once took 2.3 s) says nothing of hoshin.
    const change = async (text: string, expected: string) => {
      const started = Date.now();
      writeFileSync(source, text);
      await expect.poll(() => textOf(page), { timeout: 10_000, interval: 50 }).toContain(expected);
      return Date.now() - started;
    };

    const edits: number[] = [];
    for (const mark of ['一回目', '二回目', 'ライブ更新の確認文']) {
      edits.push(await change(original.replace('目的とする。', `目的とする。${mark}。`), `目的とする。${mark}。`));
    }
    expect(edits.sort((a, b) => a - b)[1]).toBeLessThan(2000);

    const broken = original.replace('## 目的 {#purpose}\n', '## 目的 {#purpose}\n\n{{org.nmae}}\n');
    await change(broken, 'template-unknown-variable');
    const shown = await textOf(page);
    expect(shown).toContain('basic-policy.md:5:3');
    expect(shown).toContain('未定義の値 {{org.nmae}} です');
    expect(shown).not.toContain('第1条');

    await change(original, '第1条　この方針は、本町が保有する情報資産');
    expect(await textOf(page)).not.toContain('ライブ更新の確認文');
    // The page, its reload script and its event stream: nothing but the loopback server.
    for (const url of requests) expect(new URL(url).hostname, url).toBe('127.0.0.1');
    expect(requests.some((u) => u.includes('/__hoshin/live.js'))).toBe(true);

    served.child.kill('SIGINT');
    expect(await served.exited).toBe(0);
    expect(served.stdout()).toContain('終了しました');
    expect(served.stderr()).not.toMatch(/^\s+at /m);
  });

  it('answers only requests addressed to 127.0.0.1 or localhost, and serves every document and the index', async () => {
    const served = await serve(join(EXAMPLES, 'izumi'));
    const port = new URL(served.url).port;
    // node:http, not fetch: fetch will not send another Host.
    const get = (path: string, host = `127.0.0.1:${port}`) =>
      new Promise<{ status: number; text: string }>((resolve, reject) => {
        const sent = request(`${served.url}${path}`, { headers: { host } }, (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
        });
        sent.on('error', reject);
        sent.end();
      });
    for (const path of ['', 'index.html', 'basic.html', 'standards.html']) {
      const response = await get(path);
      expect(response.status, path).toBe(200);
      const html = response.text;
      expect(html).toContain('<script src="/__hoshin/live.js?build=1" defer></script>');
      // The internal edition: internal pages carry the marking.
      if (path !== 'basic.html') expect(html).toContain('<p class="marking">【取扱注意】</p>');
    }
    expect((await get('basic.html', `localhost:${port}`)).status).toBe(200);
    // A page elsewhere that resolves its own name to 127.0.0.1 (DNS rebinding) gets nothing.
    expect((await get('standards.html', `attacker.example:${port}`)).status).toBe(403);
    expect((await get('nothing.html')).status).toBe(404);
    expect((await get('../policy.yaml')).status).toBe(404);
  });

  it('explains itself in Japanese and rejects a bad or busy port with exit code 2', async () => {
    const help = runCli(['serve', '--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('hoshin serve [フォルダ] [--port 番号]');
    expect(help.stdout).toContain('Ctrl-C');
    expect(runCli(['--help']).stdout).toMatch(/serve \[フォルダ\]\s+庁内用の HTML/);
    const bad = runCli(['serve', 'examples/izumi', '--port', 'http']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--port には 0〜65535 の番号を指定してください');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    const busy = runCli(['serve', 'examples/izumi', '--port', String(port)]);
    blocker.close();
    expect(busy.status).toBe(2);
    expect(busy.stderr).toContain(`ポート ${port} は使用中です`);
  });
});
