import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderAll } from '../src/render/render-all.js';
import { DEFAULT_FORMATS } from '../src/render/registry.js';
import { TEST_INFO } from './support/build-example.js';
import { compileMemory } from './support/memory-policy.js';
import { outputText } from './support/output-text.js';

// The worst bug hoshin can have is internal text in dist/public. Random policies hide a unique
// canary in every internal place (blocks, spans, headings, tables, lists, whole documents) and a
// public one elsewhere; every public output must hold no internal canary and all public ones.

type Piece = { markdown: string; internal: string[]; public: string[] };

let serial = 0;
const canary = (kind: 'IN' | 'PUB') => `${kind}${(serial++).toString(36)}Q`;

const pieceArb: fc.Arbitrary<() => Piece> = fc.constantFrom(
  () => { const c = canary('PUB'); return { markdown: `公開の段落${c}。`, internal: [], public: [c] }; },
  () => { const c = canary('IN'); return { markdown: `:::internal\n非公開の段落${c}。\n:::`, internal: [c], public: [] }; },
  () => { const [a, b] = [canary('PUB'), canary('IN')]; return { markdown: `文中${a}と:internal[非公開${b}]。`, internal: [b], public: [a] }; },
  () => { const [a, b] = [canary('IN'), canary('IN')]; return { markdown: `:::internal\n## 非公開の節${a}\n\n本文${b}\n:::`, internal: [a, b], public: [] }; },
  () => { const [a, b] = [canary('PUB'), canary('IN')]; return { markdown: `1. 項目${a}\n1. :internal[秘${b}]`, internal: [b], public: [a] }; },
  () => { const c = canary('IN'); return { markdown: `:::internal\n| 表 | 値 |\n|---|---|\n| ${c} | x |\n:::`, internal: [c], public: [] }; },
  () => { const c = canary('IN'); return { markdown: `- 箇条\n\n  :::internal\n  入れ子の非公開${c}\n  :::`, internal: [c], public: [] }; },
);

const sectionArb = fc.record({ depth: fc.integer({ min: 1, max: 3 }), pieces: fc.array(pieceArb, { minLength: 1, maxLength: 4 }) });
const documentArb = fc.record({ internal: fc.boolean(), sections: fc.array(sectionArb, { minLength: 1, maxLength: 5 }) });

function toPolicy(documents: Array<{ internal: boolean; sections: Array<{ depth: number; pieces: Array<() => Piece> }> }>) {
  const files: Record<string, string> = {};
  const manifest = ['org: { name: 町, kind: 町, self: 本町 }', 'documents:'];
  const expectInternal: string[] = [];
  const expectPublic: string[] = [];
  documents.forEach((doc, d) => {
    manifest.push(`  - { id: d${d}, tier: ${d === 0 ? 'basic' : 'standards'}, visibility: ${doc.internal ? 'internal' : 'public'}, title: 文書${d}, sources: [d${d}.md] }`);
    const parts: string[] = [];
    for (const section of doc.sections) {
      const heading = canary(doc.internal ? 'IN' : 'PUB');
      parts.push(`${'#'.repeat(section.depth)} 節${heading}`);
      (doc.internal ? expectInternal : expectPublic).push(heading);
      for (const make of section.pieces) {
        const piece = make();
        parts.push(piece.markdown);
        expectInternal.push(...piece.internal);
        (doc.internal ? expectInternal : expectPublic).push(...piece.public);
      }
    }
    files[`d${d}.md`] = parts.join('\n\n') + '\n';
  });
  files['policy.yaml'] = manifest.join('\n') + '\n';
  return { files, expectInternal, expectPublic };
}

describe('no internal text in the public tree', () => {
  it('holds for random policies, in every output format', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(documentArb, { minLength: 1, maxLength: 3 }), async (documents) => {
        const { files, expectInternal, expectPublic } = toPolicy(documents);
        const c = compileMemory(files);
        expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const out = await renderAll({ internal: c.internal!, public: c.public! }, DEFAULT_FORMATS, TEST_INFO);
        const publicText = [...out].filter(([p]) => p.startsWith('public/')).map(([p, v]) => outputText(p, v)).join('\n');
        const internalText = [...out].filter(([p]) => p.startsWith('internal/')).map(([p, v]) => outputText(p, v)).join('\n');
        for (const c of expectInternal) expect(publicText).not.toContain(c);
        for (const c of [...expectInternal, ...expectPublic]) expect(internalText).toContain(c);
        for (const c of expectPublic) expect(publicText).toContain(c);
      }),
      { numRuns: 60, seed: 20261122 },
    );
  });
});
