#!/usr/bin/env node
// Regenerates docs/images/html-izumi-public.png: the public page of examples/izumi as a citizen
// opens it (dist/public/basic.html), in Debian's Chromium. Needs a built CLI (npm run build).
//   node scripts/docs-html-images.mjs
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const OUT = join(ROOT, 'docs', 'images', 'html-izumi-public.png');

if (!existsSync(CHROMIUM)) {
  console.error(`Chromium がありません（${CHROMIUM}）: apt-get install -y chromium`);
  process.exit(2);
}
const dist = join(mkdtempSync(join(tmpdir(), 'hoshin-docs-html-')), 'dist');
try {
  // A fixed date, so the image does not change with the clock.
  execFileSync(process.execPath, [join(ROOT, 'bin', 'hoshin.js'), 'build', join(ROOT, 'examples', 'izumi'), '--out', dist, '--format', 'html'], {
    env: { ...process.env, SOURCE_DATE_EPOCH: '1774915200' },
    stdio: 'inherit',
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 860 }, deviceScaleFactor: 1 });
    await page.goto(pathToFileURL(join(dist, 'public', 'basic.html')).href);
    mkdirSync(join(ROOT, 'docs', 'images'), { recursive: true });
    await page.screenshot({ path: OUT });
  } finally {
    await browser.close();
  }
  console.log(`${OUT} (${Math.round(statSync(OUT).size / 1024)} KB)`);
} finally {
  rmSync(join(dist, '..'), { recursive: true, force: true });
}
