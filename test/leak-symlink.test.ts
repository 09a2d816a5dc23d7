import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { compile } from '../src/compile.js';
import { hasErrors } from '../src/diagnostic.js';
import { gitReader } from '../src/load/git-reader.js';
import { loadPolicy } from '../src/load/load-policy.js';
import { renderAll } from '../src/render/render-all.js';
import { DEFAULT_FORMATS } from '../src/render/registry.js';
import { TEST_INFO } from './support/build-example.js';
import { outputText } from './support/output-text.js';

// A symlink to a secret outside the policy folder, put anywhere hoshin reads from (a source, a
// folder on a source's way, a template, the templates folder, the manifest, through a chain of
// links) and pointing there relatively or absolutely, must never bring the secret's canary into
// anything hoshin read or wrote — from the disk or from a git revision — and must be an error.

const scratch = mkdtempSync(join(tmpdir(), 'hoshin-leak-symlink-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const PLACES = ['source', 'folder', 'template', 'templates', 'manifest', 'chain'] as const;
type Where = (typeof PLACES)[number];

const caseArb = fc.record({
  where: fc.constantFrom(...PLACES),
  absolute: fc.boolean(),
  /** Folders the source lives in (a/b/…); for 'folder', the first of them is the link. */
  depth: fc.integer({ min: 0, max: 2 }),
  /** Ordinary sources besides, before and after. */
  before: fc.integer({ min: 0, max: 2 }),
  after: fc.integer({ min: 0, max: 1 }),
});

let serial = 0;

const manifest = (name: string, sources: string[]) =>
  [
    `org: { name: ${name}, kind: 市, self: 本市 }`,
    'documents:',
    `  - { id: basic, tier: basic, title: 基本方針, sources: [${sources.join(', ')}] }`,
    'data:',
    '  t:',
    '    columns: [{ key: a, label: 項目 }]',
    '    rows: [{ a: 値 }]',
  ].join('\n') + '\n';

/** The secret, outside the policy folder, in every shape hoshin could read it as. */
function writeSecret(dir: string, canary: string, sources: string[]): void {
  mkdirSync(join(dir, 'templates'), { recursive: true });
  const table = `| ${canary} |\n|---|\n| ${canary} |\n`;
  writeFileSync(join(dir, 'secret.md'), `# 秘密 ${canary}\n\n鍵 ${canary}\n`);
  writeFileSync(join(dir, 'secret.yaml'), manifest(canary, sources));
  writeFileSync(join(dir, 'secret.hbs'), table);
  writeFileSync(join(dir, 'templates', 'data-table.hbs'), table);
}

function link(target: string, at: string, absolute: boolean): void {
  mkdirSync(dirname(at), { recursive: true });
  symlinkSync(absolute ? target : relative(dirname(at), target), at);
}

/** A policy folder with the symlink placed as the case says. */
function scene(c: { where: Where; absolute: boolean; depth: number; before: number; after: number }) {
  const root = join(scratch, `case-${serial++}`);
  const canary = `LEAKCANARY${serial}Z`;
  const [secret, policy] = [join(root, 'secret'), join(root, 'p')];
  const folders = Array.from({ length: c.depth }, (_, i) => `f${i}`);
  const target = [...folders, 'target.md'].join('/');
  const sources = [...Array.from({ length: c.before }, (_, i) => `b${i}.md`), target, ...Array.from({ length: c.after }, (_, i) => `a${i}.md`)];
  writeSecret(secret, canary, sources);
  for (const rel of sources) {
    mkdirSync(dirname(join(policy, rel)), { recursive: true });
    writeFileSync(join(policy, rel), `# 節 ${rel}\n\n本文。\n\n::data-table{source=t}\n`);
  }
  writeFileSync(join(policy, 'policy.yaml'), manifest('テスト市', sources));
  const place = (rel: string) => join(policy, rel);
  switch (c.where) {
    case 'source':
      rmSync(place(target));
      link(join(secret, 'secret.md'), place(target), c.absolute);
      break;
    case 'folder': {
      // The first folder on the source's way is a link to the secret's folder.
      const rel = folders.length > 0 ? target : 'f0/target.md';
      const inner = rel.split('/').slice(1).join('/');
      mkdirSync(dirname(join(secret, inner)), { recursive: true });
      writeFileSync(join(secret, inner), `# 秘密 ${canary}\n`);
      rmSync(place('f0'), { recursive: true, force: true });
      link(secret, place('f0'), c.absolute);
      writeFileSync(place('policy.yaml'), manifest('テスト市', sources.map((s) => (s === target ? rel : s))));
      break;
    }
    case 'template':
      link(join(secret, 'secret.hbs'), place('templates/data-table.hbs'), c.absolute);
      break;
    case 'templates':
      link(join(secret, 'templates'), place('templates'), c.absolute);
      break;
    case 'manifest':
      rmSync(place('policy.yaml'));
      link(join(secret, 'secret.yaml'), place('policy.yaml'), c.absolute);
      break;
    case 'chain':
      // A link to a link inside the folder, which leads out.
      rmSync(place(target));
      link(join(secret, 'secret.md'), place('hop.md'), c.absolute);
      link(place('hop.md'), place(target), c.absolute);
      break;
  }
  return { root, policy, canary };
}

/** Everything hoshin read and everything it would write or say about a loaded policy. */
async function everything(files: Awaited<ReturnType<typeof loadPolicy>>) {
  const compilation = compile(files);
  const read = [files.manifest?.value ?? '', ...[...files.sources.values(), ...files.templates.values()].map((f) => f.value)].join('\n');
  const said = compilation.diagnostics.map((d) => `${d.file} ${d.message}`).join('\n');
  let written = '';
  if (compilation.internal && compilation.public) {
    const outputs = await renderAll({ internal: compilation.internal, public: compilation.public }, DEFAULT_FORMATS, TEST_INFO);
    written = [...outputs].map(([path, value]) => outputText(path, value)).join('\n');
  }
  return { compilation, text: [read, said, written].join('\n') };
}

describe('a symlink out of the policy folder never leaks', () => {
  it('holds for random placements, on disk and in a git revision', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async (c) => {
        const { root, policy, canary } = scene(c);
        const fromDisk = await everything(await loadPolicy(policy));
        expect(fromDisk.text).not.toContain(canary);
        expect(hasErrors(fromDisk.compilation.diagnostics)).toBe(true);
        expect(fromDisk.compilation.diagnostics.map((d) => d.ruleId)).toContain('file-symlink');

        const git = (...args: string[]) => execFileSync('git', ['-C', root, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', ...args]);
        git('init', '-q');
        git('add', 'p');
        git('commit', '-qm', 'x');
        const fromGit = await everything(await loadPolicy('HEAD:p', gitReader(root)));
        expect(fromGit.text).not.toContain(canary);
        expect(fromGit.compilation.diagnostics.map((d) => d.ruleId)).toContain('file-symlink');
      }),
      { numRuns: 20, seed: 20261213 },
    );
  });
});
