import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { ROOT } from './build-example.js';

/** The OOXML transitional schemas, in the shared/ folder that CI clones beside the repository. */
export const WML_XSD = join(ROOT, '..', 'shared', 'ooxml-schemas', 'ISO-IEC29500-4_2016', 'wml.xsd');
export const SCHEMAS = join(ROOT, '..', 'shared', 'ooxml-schemas', 'ISO-IEC29500-4_2016');

export const INSTALL = 'apt-get install -y libreoffice-writer poppler-utils libxml2-utils fonts-ipafont fonts-noto-cjk';

/** Fail (never skip) when a tool the test needs is missing, naming the command that installs it. */
export function requireTool(command: string): void {
  const found = spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' });
  if (found.status !== 0) throw new Error(`${command} が見つかりません（${command} not found）。インストール: ${INSTALL}`);
}

/** The XML parts of a .docx (and its .rels), by name, in zip order. */
export function docxParts(bytes: Uint8Array): Map<string, string> {
  const parts = unzipSync(bytes);
  return new Map(Object.entries(parts).filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels')).map(([name, data]) => [name, strFromU8(data)]));
}

/**
 * One element per line, indented two spaces a level; an element holding only text stays on its
 * line. For golden files a reviewer can read and diff, not a general formatter.
 */
export function prettyXml(xml: string): string {
  const tokens = xml.match(/<[^>]+>|[^<]+/g) ?? [];
  const lines: string[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token.startsWith('<?')) lines.push(token);
    else if (token.startsWith('</')) lines.push('  '.repeat(--depth) + token);
    else if (token.startsWith('<') && token.endsWith('/>')) lines.push('  '.repeat(depth) + token);
    else if (token.startsWith('<')) {
      // <a>text</a> on one line.
      if (tokens[i + 1] !== undefined && !tokens[i + 1].startsWith('<') && tokens[i + 2]?.startsWith('</')) {
        lines.push('  '.repeat(depth) + token + tokens[i + 1] + tokens[i + 2]);
        i += 2;
      } else if (tokens[i + 1]?.startsWith('</')) {
        lines.push('  '.repeat(depth) + token + tokens[i + 1]);
        i += 1;
      } else lines.push('  '.repeat(depth++) + token);
    } else if (token.trim() !== '') lines.push('  '.repeat(depth) + token);
  }
  return lines.join('\n') + '\n';
}

/**
 * A part as Word validates it: elements and attributes of the namespaces it declares ignorable
 * (w14, w15 …, which wml.xsd does not know) removed, and the mc:Ignorable attribute itself.
 */
export function withoutIgnorable(xml: string): string {
  const ignorable = /\smc:Ignorable="([^"]*)"/.exec(xml)?.[1].split(/\s+/).filter(Boolean) ?? [];
  let out = xml.replace(/\smc:Ignorable="[^"]*"/g, '');
  for (const prefix of ignorable) {
    out = out.replace(new RegExp(`\\s${prefix}:[\\w-]+="[^"]*"`, 'g'), '');
    out = out.replace(new RegExp(`<${prefix}:[\\w-]+\\b[^>]*/>`, 'g'), '');
    out = out.replace(new RegExp(`<(${prefix}:[\\w-]+)\\b[^>]*>[\\s\\S]*?</\\1>`, 'g'), '');
  }
  return out;
}

/**
 * Validate parts against a schema with xmllint, all in one run (the schema loads once). Returns
 * xmllint's complaints per part name, empty when everything validates.
 */
export function validateXml(parts: ReadonlyArray<{ name: string; xml: string }>, schema: string): string[] {
  requireTool('xmllint');
  if (!existsSync(schema)) throw new Error(`OOXML schema missing: ${schema} (shared/ must sit beside the repository)`);
  const dir = mkdtempSync(join(tmpdir(), 'hoshin-xsd-'));
  try {
    const files = parts.map((part, i) => {
      const file = join(dir, `${i}-${part.name.replace(/[^\w.-]/g, '_')}`);
      writeFileSync(file, withoutIgnorable(part.xml));
      return { file, name: part.name };
    });
    const run = spawnSync('xmllint', ['--noout', '--schema', schema, ...files.map((f) => f.file)], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const problems = (run.stderr ?? '').split('\n').filter((line) => line.trim() !== '' && !/ validates$/.test(line));
    // Name each complaint by its part, not by the temporary file.
    return problems.map((line) => files.reduce((text, f) => text.split(f.file).join(f.name), line));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
