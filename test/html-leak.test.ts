// The examples as a user builds them (the real CLI, every format): no text that exists only in the
// internal edition — internal documents, :::internal blocks, :internal[] spans — may appear
// anywhere under dist/public. test/leak.test.ts does the same for random policies in memory.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toPlainText } from '../src/model/to-plain-text.js';
import type { Block, Policy } from '../src/model/types.js';
import { ownInlines, walkBlocks } from '../src/model/walk-blocks.js';
import { walkInlines } from '../src/model/walk-inlines.js';
import { compileFolder, EXAMPLES } from './support/build-example.js';
import { outputText } from './support/output-text.js';
import { runCliAsync } from './support/run-cli.js';

/** Examples with internal documents or blocks; the others must simply pass. */
const WITH_INTERNAL = ['izumi', 'sample-town'];

const scratch = mkdtempSync(join(tmpdir(), 'hoshin-html-leak-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** White space and markup do not matter: text is compared with both removed. */
const squeeze = (text: string) => text.replace(/[\s\u3000]+/g, '');

function decode(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

/** Every text a block tree holds: headings, paragraphs, table cells and captions, code. */
function texts(blocks: readonly Block[]): string[] {
  const out: string[] = [];
  walkBlocks(blocks, (block) => {
    for (const inlines of ownInlines(block)) out.push(toPlainText(inlines));
    if (block.type === 'table' && block.caption) out.push(block.caption);
    if (block.type === 'code') out.push(block.value);
  });
  return out;
}

/** What only the internal edition holds. */
function internalOnly(internal: Policy): string[] {
  const out: string[] = [];
  for (const document of internal.documents) {
    if (document.visibility === 'internal') {
      out.push(document.title, document.coverTitle, ...texts(document.children));
      continue;
    }
    walkBlocks(document.children, (block, ancestors) => {
      if (block.visibility === 'internal' && ancestors.every((a) => a.visibility !== 'internal')) out.push(...texts([block]));
    });
    walkInlines(document.children, (node, _block, inSpan) => {
      if (node.type === 'internalSpan' && !inSpan) out.push(toPlainText(node.children));
    });
  }
  return out;
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
}

describe('no internal text under the built public/ tree of any example', () => {
  for (const name of readdirSync(EXAMPLES)) {
    it.concurrent(name, async () => {
      const out = join(scratch, name);
      const build = await runCliAsync(['build', join(EXAMPLES, name), '--out', out]);
      expect(build.status, build.stderr).toBe(0);
      const c = await compileFolder(join(EXAMPLES, name));
      // Text the public edition has too (a heading both editions share) is not a leak.
      const published = squeeze([...c.public!.documents.flatMap((d) => [d.title, d.coverTitle, ...texts(d.children)])].join('\n'));
      const secrets = [...new Set(internalOnly(c.internal!).map(squeeze))].filter((t) => t.length >= 6 && !published.includes(t));
      if (WITH_INTERNAL.includes(name)) expect(secrets.length, 'the example has internal-only text to look for').toBeGreaterThan(0);
      const read = (tree: string) =>
        files(tree).map((path) => {
          const rel = relative(tree, path);
          return { rel, text: squeeze(decode(outputText(rel, readFileSync(path)).replace(/<[^>]+>/g, ''))) };
        });
      // The search works: the internal HTML pages do hold every one of those texts.
      const internalHtml = read(join(out, 'internal')).filter((f) => f.rel.endsWith('.html')).map((f) => f.text).join('');
      for (const secret of secrets) expect(internalHtml, secret).toContain(secret);
      const found = read(join(out, 'public'));
      expect(found.map((f) => f.rel)).toContain('index.html');
      for (const { rel, text } of found) {
        for (const secret of secrets) expect(text.includes(secret), `${rel} holds internal text: ${secret}`).toBe(false);
      }
    });
  }
});
