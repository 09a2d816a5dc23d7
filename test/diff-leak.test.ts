import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import type { Output } from '../src/render/build-info.js';
import { diffCompiled } from './support/diff-outputs.js';
import { docxHasMarking, docxMarked, docxXml, htmlHasMarking, htmlMarked, INTERNAL_LABEL, MARKING, unlabelledDocxText, unlabelledHtmlText } from './support/marking-checks.js';
import { compileMemory } from './support/memory-policy.js';
import { runCli } from './support/run-cli.js';

// `hoshin diff --out` of two revisions of random policies. Every internal place (blocks, spans,
// list items, tables, internal headings, a whole internal document) holds a unique canary that
// stays, changes, appears or disappears between the revisions. Nothing of it may reach public/
// (raw bytes: HTML source, unzipped DOCX XML); every internal/ file showing it carries the
// marking, and in a public document it is labelled as build labels it (〔非公開〕, shading).

let serial = 0;
const canary = (kind: 'IN' | 'PUB') => `${kind}${(serial++).toString(36)}Q`;

type Fate = 'same' | 'changed' | 'added' | 'removed';
type Kind = 'public' | 'block' | 'span' | 'item' | 'table' | 'heading';

/** One revision's Markdown of a piece, with the canaries it holds. */
interface Text {
  markdown: string;
  internal: string[];
  public: string[];
}

/** A piece's text with canaries `c` (internal) and `p` (public), the same shape in both revisions. */
function pieceText(kind: Kind, c: string, p: string): Text {
  switch (kind) {
    case 'public':
      return { markdown: `公開の段落${p}です。`, internal: [], public: [p] };
    case 'block':
      return { markdown: `:::internal\n非公開の段落${c}です。\n:::`, internal: [c], public: [] };
    case 'span':
      return { markdown: `公開の文${p}と:internal[非公開${c}]の文です。`, internal: [c], public: [p] };
    case 'item':
      return { markdown: `1. 項目${p}です\n1. :internal[秘密の項目${c}]です`, internal: [c], public: [p] };
    case 'table':
      return { markdown: `:::internal\n| 表 | 値 |\n|---|---|\n| 委託先${c} | 一 |\n:::`, internal: [c], public: [] };
    case 'heading':
      return { markdown: `:::internal\n### 非公開の節${c}\n\n非公開の本文${c}です。\n:::`, internal: [c], public: [] };
  }
}

interface Piece {
  kind: Kind;
  fate: Fate;
}

interface SectionSpec {
  depth: number;
  fate: Fate;
  /** The heading holds an :internal[…] span. */
  spanInHeading: boolean;
  pieces: Piece[];
}

const fateArb = fc.constantFrom<Fate>('same', 'changed', 'added', 'removed');
const pieceArb = fc.record({ kind: fc.constantFrom<Kind>('public', 'block', 'span', 'item', 'table'), fate: fateArb });
const sectionArb = fc.record({
  depth: fc.integer({ min: 1, max: 2 }),
  fate: fc.constantFrom<Fate>('same', 'same', 'added', 'removed'),
  spanInHeading: fc.boolean(),
  pieces: fc.array(pieceArb, { minLength: 1, maxLength: 4 }),
  heading: fc.option(fateArb, { nil: undefined }),
});
const policyArb = fc.record({
  sections: fc.array(sectionArb, { minLength: 1, maxLength: 4 }),
  internalDocument: fc.boolean(),
});

interface Revisions {
  old: Record<string, string>;
  now: Record<string, string>;
  /** Canaries of internal text (either revision), and of public text that changed. */
  internal: Set<string>;
  changedPublic: string[];
  changedInternal: string[];
}

const MANIFEST = (internalDocument: boolean) =>
  [
    'org: { name: テスト市, kind: 市, self: 本市 }',
    'documents:',
    '  - { id: basic, tier: basic, title: 基本方針, sources: [basic.md] }',
    ...(internalDocument ? ['  - { id: standards, tier: standards, title: 対策基準, sources: [standards.md] }'] : []),
  ].join('\n') + '\n';

/** Two revisions' files from the generated specs, and what each canary is. */
function toRevisions(spec: { sections: Array<SectionSpec & { heading?: Fate }>; internalDocument: boolean }): Revisions {
  const old: string[] = [];
  const now: string[] = [];
  const internal = new Set<string>();
  const changedPublic: string[] = [];
  const changedInternal: string[] = [];
  const add = (text: Text, into: string[][], changed: boolean) => {
    for (const list of into) list.push(text.markdown);
    text.internal.forEach((c) => internal.add(c));
    if (changed) {
      changedPublic.push(...text.public);
      changedInternal.push(...text.internal);
    }
  };
  for (const section of spec.sections) {
    const [inOld, inNew] = [section.fate !== 'added', section.fate !== 'removed'];
    const p = canary('PUB');
    const hidden = canary('IN');
    const heading = `${'#'.repeat(section.depth)} 節${p}${section.spanInHeading ? `:internal[秘${hidden}]` : ''}`;
    if (section.spanInHeading) internal.add(hidden);
    if (inOld) old.push(heading);
    if (inNew) now.push(heading);
    if (section.fate !== 'same') {
      changedPublic.push(p);
      if (section.spanInHeading) changedInternal.push(hidden);
    }
    // An internal heading closes the section's pieces: what follows it would be its content.
    const pieces: Piece[] = [...section.pieces, ...(section.heading ? [{ kind: 'heading' as const, fate: section.heading }] : [])];
    for (const piece of pieces) {
      // A piece of a section that exists on one side only is added or removed with it.
      const fate: Fate = section.fate === 'same' ? piece.fate : section.fate;
      const a = pieceText(piece.kind, canary('IN'), canary('PUB'));
      if (fate === 'same') add(a, [old, now], false);
      else if (fate === 'added') add(a, [now], true);
      else if (fate === 'removed') add(a, [old], true);
      else {
        // Changed: the same shape around a new canary, so the line is matched as edited; the
        // public text beside an internal one stays (the public edition sees no change there).
        const b = pieceText(piece.kind, canary('IN'), piece.kind === 'public' ? canary('PUB') : a.public[0]);
        add(a, [old], piece.kind === 'public');
        add(b, [now], piece.kind === 'public');
        if (piece.kind !== 'public') changedInternal.push(...a.internal, ...b.internal);
      }
    }
  }
  const files = (body: string[]) => {
    const out: Record<string, string> = { 'policy.yaml': MANIFEST(spec.internalDocument), 'basic.md': body.join('\n\n') + '\n' };
    if (spec.internalDocument) {
      const c = canary('IN');
      internal.add(c);
      changedInternal.push(c);
      out['standards.md'] = `# 対策\n\n対策基準の本文${c}です。\n`;
    }
    return out;
  };
  return { old: files(old.length > 0 ? old : ['本文です。']), now: files(now.length > 0 ? now : ['本文です。']), internal, changedPublic, changedInternal };
}

/** A file's raw text: the HTML source, or every XML part of a DOCX. */
const raw = (name: string, content: Output) => (name.endsWith('.docx') ? docxXml(content as Uint8Array) : String(content));

/** Every promise of `hoshin diff --out` on what it wrote, by path (public/…, internal/…). */
function checkOutputs(files: ReadonlyMap<string, Output>, revisions: Revisions): void {
  const canaries = [...revisions.internal];
  for (const [name, content] of files) {
    expect(name, 'every file is in public/ or internal/').toMatch(/^(public|internal)\/[^/]+$/);
    const text = raw(name, content);
    const shown = canaries.filter((c) => text.includes(c));
    if (name.startsWith('public/')) {
      expect(shown, `${name}: internal text in a public file`).toEqual([]);
      expect(text, `${name}: 〔非公開〕 in a public file`).not.toContain(INTERNAL_LABEL);
      const marked = name.endsWith('.docx') ? docxHasMarking(content as Uint8Array) : htmlHasMarking(String(content));
      expect(marked, `${name}: marking on a public file`).toBe(false);
      continue;
    }
    const ofPublicDocument = name.startsWith('internal/basic.');
    if (shown.length === 0) {
      // Only public content: no marking (a file of the internal document is non-public throughout).
      if (ofPublicDocument) {
        const marked = name.endsWith('.docx') ? docxHasMarking(content as Uint8Array) : htmlHasMarking(String(content));
        expect(marked, `${name}: marking on a file with public content only`).toBe(false);
      }
      continue;
    }
    const marked = name.endsWith('.docx') ? docxMarked(content as Uint8Array) : htmlMarked(String(content));
    expect(marked, `${name}: shows ${shown.join(' ')} without ${MARKING} on every page`).toBe(true);
    if (!ofPublicDocument) continue;
    const unlabelled = name.endsWith('.docx') ? unlabelledDocxText(docxXml(content as Uint8Array)) : unlabelledHtmlText(String(content));
    expect(shown.filter((c) => unlabelled.includes(c)), `${name}: internal text not labelled`).toEqual([]);
    if (name.endsWith('.新旧対照表.html') || name.endsWith('.新旧対照表.docx')) expect(text, name).toContain(INTERNAL_LABEL);
  }
  // Not vacuous: what changed is in the tables (public text in public/, internal text in internal/).
  const table = (tree: string) => {
    const html = files.get(`${tree}/basic.新旧対照表.html`);
    return html === undefined ? '' : String(html);
  };
  for (const c of revisions.changedPublic) expect(table('public'), `public/ shows the changed public text ${c}`).toContain(c);
  const internalTables = [...files].filter(([n]) => n.startsWith('internal/') && n.endsWith('.html')).map(([n, v]) => raw(n, v)).join('\n');
  for (const c of revisions.changedInternal) expect(internalTables, `internal/ shows the changed internal text ${c}`).toContain(c);
}

describe('hoshin diff --out: no internal text in public/, every internal file marked and labelled', () => {
  it('holds for random pairs of revisions (in-process)', async () => {
    await fc.assert(
      fc.asyncProperty(policyArb, async (spec) => {
        const revisions = toRevisions(spec);
        const [a, b] = [compileMemory(revisions.old), compileMemory(revisions.now)];
        const files = await diffCompiled(a, b);
        checkOutputs(files, revisions);
      }),
      { numRuns: 40, seed: 20260513 },
    );
  }, 120_000);

  const scratch = mkdtempSync(join(tmpdir(), 'hoshin-diff-leak-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('holds through the CLI: hoshin diff <old folder> <new folder> --out', () => {
    const revisions = toRevisions({
      internalDocument: true,
      sections: [
        { depth: 1, fate: 'same', spanInHeading: true, pieces: [{ kind: 'public', fate: 'changed' }, { kind: 'block', fate: 'changed' }, { kind: 'span', fate: 'changed' }] },
        { depth: 2, fate: 'same', spanInHeading: false, pieces: [{ kind: 'table', fate: 'removed' }, { kind: 'item', fate: 'added' }], heading: 'added' },
        { depth: 1, fate: 'removed', spanInHeading: true, pieces: [{ kind: 'block', fate: 'same' }] },
      ],
    });
    for (const [side, files] of [['old', revisions.old], ['new', revisions.now]] as const) {
      mkdirSync(join(scratch, side));
      for (const [name, text] of Object.entries(files)) writeFileSync(join(scratch, side, name), text);
    }
    const r = runCli(['diff', 'old', 'new', '--out', 'out'], { cwd: scratch });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('公開用 3 個（public/）、庁内用 6 個（internal/）');
    const files = new Map<string, Output>();
    for (const tree of ['public', 'internal']) {
      for (const file of readdirSync(join(scratch, 'out', tree))) {
        const bytes = readFileSync(join(scratch, 'out', tree, file));
        files.set(`${tree}/${file}`, file.endsWith('.html') ? bytes.toString('utf8') : new Uint8Array(bytes));
      }
    }
    expect([...files.keys()].sort()).toEqual(
      ['basic.redline.docx', 'basic.新旧対照表.docx', 'basic.新旧対照表.html']
        .flatMap((f) => [`internal/${f}`, `public/${f}`])
        .concat(['internal/standards.redline.docx', 'internal/standards.新旧対照表.docx', 'internal/standards.新旧対照表.html'])
        .sort(),
    );
    checkOutputs(files, revisions);
  });
});
