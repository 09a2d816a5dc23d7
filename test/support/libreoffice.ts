import { execFile, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { requireTool } from './ooxml.js';

/**
 * Debian has neither 游明朝 nor ＭＳ 明朝: without aliases LibreOffice sets Japanese in a fallback
 * sans font. The aliases map Word's Japanese fonts to the IPA and Noto fonts that are installed.
 */
const ALIASES: Array<{ families: string[]; to: string[] }> = [
  { families: ['游明朝', 'Yu Mincho', 'ＭＳ 明朝', 'MS Mincho', 'ＭＳ Ｐ明朝', 'MS PMincho'], to: ['IPAexMincho', 'IPAMincho', 'Noto Serif CJK JP'] },
  { families: ['游ゴシック', 'Yu Gothic', 'ＭＳ ゴシック', 'MS Gothic', 'ＭＳ Ｐゴシック', 'MS PGothic'], to: ['IPAexGothic', 'Noto Sans CJK JP', 'IPAGothic'] },
];

/** A fontconfig file: the system configuration plus the aliases, to be given as FONTCONFIG_FILE. */
export function fontconfig(): string {
  const rules = ALIASES.flatMap(({ families, to }) =>
    families.map(
      (family) =>
        `  <match target="pattern">\n    <test qual="any" name="family"><string>${family}</string></test>\n` +
        `    <edit name="family" mode="prepend" binding="strong">${to.map((f) => `<string>${f}</string>`).join('')}</edit>\n  </match>`,
    ),
  );
  return ['<?xml version="1.0"?>', '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">', '<fontconfig>', '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>', ...rules, '</fontconfig>', ''].join('\n');
}

/** Fail (never skip) without LibreOffice and poppler. */
export function requireLibreOffice(): void {
  requireTool('soffice');
  requireTool('pdftotext');
  requireTool('pdfinfo');
  requireTool('pdffonts');
}

/**
 * Convert DOCX files to PDF with one headless LibreOffice run, in a profile of its own (so
 * concurrent runs never share one) and with the font aliases. Returns the PDF paths, in order.
 */
/**
 * Convert DOCX files to another format (pdf, fodt …) with one headless soffice run, its own profile
 * and the font aliases; resolves to the converted files, in the order given.
 */
export function convertDocx(files: readonly string[], outDir: string, format: string): Promise<string[]> {
  requireLibreOffice();
  const work = mkdtempSync(join(tmpdir(), 'hoshin-lo-'));
  const conf = join(work, 'fonts.conf');
  writeFileSync(conf, fontconfig());
  const args = [`-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`, '--headless', '--norestore', '--convert-to', format, '--outdir', outDir, ...files];
  return new Promise((resolve, reject) => {
    execFile('soffice', args, { env: { ...process.env, FONTCONFIG_FILE: conf, HOME: work }, timeout: 240_000, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      rmSync(work, { recursive: true, force: true });
      const converted = files.map((f) => join(outDir, basename(f).replace(/\.docx$/, `.${format}`)));
      const missing = converted.filter((p) => !existsSync(p));
      if (error || missing.length > 0) reject(new Error(`LibreOffice did not convert ${missing.join(', ') || 'everything'}: ${error?.message ?? ''}\n${stdout}\n${stderr}`));
      else resolve(converted);
    });
  });
}

export function convertToPdf(files: readonly string[], outDir: string): Promise<string[]> {
  return convertDocx(files, outDir, 'pdf');
}

/** The text of each page of a PDF (pdftotext, reading order), page 1 first. */
export function pdfPages(pdf: string): string[] {
  const run = spawnSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`pdftotext failed on ${pdf}: ${run.stderr}`);
  const pages = run.stdout.split('\f');
  if (pages.at(-1)?.trim() === '') pages.pop();
  return pages;
}

/** The fonts a PDF embeds (pdffonts), to see that Japanese was not set in a fallback font. */
export function pdfFonts(pdf: string): string {
  const run = spawnSync('pdffonts', [pdf], { encoding: 'utf8' });
  return run.stdout ?? '';
}
