#!/usr/bin/env node
// Regenerates the DOCX pictures of docs/docx.md: the cover and a body page of examples/nemuro-
// hokubu-fire (public 基本方針) and of examples/izumi (internal 対策基準, the page with the 重要度分類
// table), as LibreOffice prints them with Word's Japanese fonts mapped to the IPA/Noto fonts.
// Needs a built CLI (npm run build), LibreOffice and poppler:
//   npm run docs:images
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const IMAGES = join(ROOT, 'docs', 'images');
const DPI = '60';

const PICTURES = [
  // The first body page is the one whose footer reads "- 1 -".
  { example: 'nemuro-hokubu-fire', docx: 'public/basic.docx', name: 'docx-nemuro', body: (page) => /-\s*1\s*-\s*$/.test(page.trimEnd()) },
  { example: 'izumi', docx: 'internal/standards.docx', name: 'docx-izumi', body: (page) => page.includes('取扱い制限') && !page.includes('.....') },
];

// Word's Japanese fonts are not on Debian: map them as the LibreOffice tests do (test/support/libreoffice.ts).
const ALIASES = [
  { families: ['游明朝', 'Yu Mincho', 'ＭＳ 明朝', 'MS Mincho'], to: ['IPAexMincho', 'IPAMincho', 'Noto Serif CJK JP'] },
  { families: ['游ゴシック', 'Yu Gothic', 'ＭＳ ゴシック', 'MS Gothic'], to: ['IPAexGothic', 'Noto Sans CJK JP', 'IPAGothic'] },
];
const FONTCONFIG = [
  '<?xml version="1.0"?>',
  '<fontconfig>',
  '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
  ...ALIASES.flatMap(({ families, to }) =>
    families.map((f) => `  <match target="pattern"><test qual="any" name="family"><string>${f}</string></test><edit name="family" mode="prepend" binding="strong">${to.map((t) => `<string>${t}</string>`).join('')}</edit></match>`),
  ),
  '</fontconfig>',
  '',
].join('\n');

function need(command) {
  if (spawnSync('sh', ['-c', `command -v ${command}`]).status !== 0) {
    console.error(`${command} がありません。apt-get install -y libreoffice-writer poppler-utils fonts-ipafont fonts-noto-cjk`);
    process.exit(2);
  }
}

need('soffice');
need('pdftoppm');
need('pdftotext');
const work = mkdtempSync(join(tmpdir(), 'hoshin-docs-images-'));
try {
  const conf = join(work, 'fonts.conf');
  writeFileSync(conf, FONTCONFIG);
  const env = { ...process.env, FONTCONFIG_FILE: conf, HOME: work };
  mkdirSync(IMAGES, { recursive: true });
  for (const picture of PICTURES) {
    const dist = join(work, picture.example);
    execFileSync(process.execPath, [join(ROOT, 'bin', 'hoshin.js'), 'build', join(ROOT, 'examples', picture.example), '--out', dist, '--format', 'docx'], { env, stdio: 'inherit' });
    const profile = pathToFileURL(join(work, `profile-${picture.name}`)).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dist, join(dist, picture.docx)], { env, stdio: 'ignore' });
    const pdf = join(dist, picture.docx.split('/').pop().replace(/\.docx$/, '.pdf'));
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    const body = pages.findIndex(picture.body) + 1;
    if (body === 0) throw new Error(`${picture.name}: no body page found`);
    for (const [suffix, page] of [['cover', 1], ['body', body]]) {
      const out = join(IMAGES, `${picture.name}-${suffix}`);
      execFileSync('pdftoppm', ['-r', DPI, '-gray', '-png', '-singlefile', '-f', String(page), '-l', String(page), pdf, out]);
      console.log(`${out}.png (page ${page}, ${Math.round(statSync(`${out}.png`).size / 1024)} KB)`);
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
