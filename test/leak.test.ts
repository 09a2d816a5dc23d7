import { strFromU8, unzipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Output } from '../src/render/build-info.js';
import { renderAll } from '../src/render/render-all.js';
import { DEFAULT_FORMATS } from '../src/render/registry.js';
import { TEST_INFO } from './support/build-example.js';
import { compileMemory } from './support/memory-policy.js';

// The worst bug hoshin can have is internal text in dist/public. Random policies hide a unique
// canary in every internal place (blocks, spans, headings, link text, ids written inside spans,
// tables, lists, whole documents) and a public one elsewhere; every public output must hold no
// internal canary, in any byte of it (attributes, ids, hrefs, every part of a DOCX), and all
// public ones. Derived ids are lower-cased (deriveId), so the search ignores case; canaries are
// ASCII, which percent-encoding in hrefs leaves as it is.
//
// A leak need not be a canary: `同名-3` in the public edition tells that two internal headings
// `同名` exist. So each policy is also written as its author would write it with nothing internal
// (`published`), and the public outputs of the two must be the same bytes: the public edition is a
// function of public content only.

type Piece = { markdown: string; published: string; internal: string[]; public: string[] };

let serial = 0;
const canary = (kind: 'IN' | 'PUB') => `${kind}${(serial++).toString(36)}Q`;
const same = (markdown: string, pub: string[] = []): Piece => ({ markdown, published: markdown, internal: [], public: pub });

const pieceArb: fc.Arbitrary<() => Piece> = fc.constantFrom(
  () => { const c = canary('PUB'); return same(`公開の段落${c}。`, [c]); },
  () => { const c = canary('IN'); return { markdown: `:::internal\n非公開の段落${c}。\n:::`, published: '', internal: [c], public: [] }; },
  () => { const [a, b] = [canary('PUB'), canary('IN')]; return { markdown: `文中${a}と:internal[非公開${b}]。`, published: `文中${a}と。`, internal: [b], public: [a] }; },
  () => { const [a, b] = [canary('IN'), canary('IN')]; return { markdown: `:::internal\n## 非公開の節${a}\n\n本文${b}\n:::`, published: '', internal: [a, b], public: [] }; },
  () => { const [a, b] = [canary('PUB'), canary('IN')]; return { markdown: `1. 項目${a}\n1. 次:internal[秘${b}]`, published: `1. 項目${a}\n1. 次`, internal: [b], public: [a] }; },
  () => { const c = canary('IN'); return { markdown: `:::internal\n| 表 | 値 |\n|---|---|\n| ${c} | x |\n:::`, published: '', internal: [c], public: [] }; },
  () => { const c = canary('IN'); return { markdown: `- 箇条\n\n  :::internal\n  入れ子の非公開${c}\n  :::`, published: '- 箇条', internal: [c], public: [] }; },
  // A paragraph or an item that is one internal span: an empty paragraph or item ② would tell
  // that something is there, so the public edition leaves it out as if it were never written.
  () => { const b = canary('IN'); return { markdown: `:internal[秘${b}]`, published: '', internal: [b], public: [] }; },
  () => { const [a, b, c] = [canary('PUB'), canary('IN'), canary('PUB')]; return { markdown: `1. 項目${a}\n1. :internal[秘${b}]\n1. 後${c}`, published: `1. 項目${a}\n1. 後${c}`, internal: [b], public: [a, c] }; },
  () => { const b = canary('IN'); return { markdown: `- :internal[秘${b}]`, published: '', internal: [b], public: [] }; },
  // Headings partly and entirely internal: their derived ids are made of the heading's text.
  () => { const [a, b] = [canary('PUB'), canary('IN')]; return { markdown: `## 委託先${a}:internal[株式会社${b}]\n\n本文。`, published: `## 委託先${a}\n\n本文。`, internal: [b], public: [a] }; },
  () => { const [a, b] = [canary('PUB'), canary('IN')]; return { markdown: `### :internal[${b}]\n\n本文${a}。`, published: `###\n\n本文${a}。`, internal: [b], public: [a] }; },
  // Internal spans inside link text, in a heading and in a paragraph.
  () => { const [a, b] = [canary('PUB'), canary('IN')]; return { markdown: `## [窓口${a}:internal[${b}]](https://example.jp/)`, published: `## [窓口${a}](https://example.jp/)`, internal: [b], public: [a] }; },
  () => { const [a, b] = [canary('PUB'), canary('IN')]; return { markdown: `[案内${a}:internal[${b}]](https://example.jp/)を見よ。`, published: `[案内${a}](https://example.jp/)を見よ。`, internal: [b], public: [a] }; },
  // An id written inside an internal span (`:internal[{#id}]`), after a heading and a paragraph.
  () => { const [a, b] = [canary('PUB'), canary('IN')]; return { markdown: `## 明示${a}:internal[{#${b}}]`, published: `## 明示${a}`, internal: [b], public: [a] }; },
  () => { const [a, b, c] = [canary('PUB'), canary('IN'), canary('IN')]; return { markdown: `## 見出し${a}:internal[秘${b} {#${c}}]`, published: `## 見出し${a}`, internal: [b, c], public: [a] }; },
  () => { const [a, b] = [canary('PUB'), canary('IN')]; return { markdown: `段落${a}:internal[{#${b}}]`, published: `段落${a}`, internal: [b], public: [a] }; },
  // Found by the second outside test: a link, emphasis or reference whose text is all internal
  // published its URL and an empty <a>/<strong>; the spaces around a dropped span stayed doubled
  // (`前  後`, a heading ending in a space), showing where it was.
  () => { const [a, b] = [canary('PUB'), canary('IN')]; return { markdown: `案内${a}[:internal[秘${b}]](https://example.jp/${b})を見よ。`, published: `案内${a}を見よ。`, internal: [b], public: [a] }; },
  () => { const [a, b, c] = [canary('PUB'), canary('IN'), canary('IN')]; return { markdown: `強調${a}、**:internal[秘${b}]**、*:internal[${c}]*。`, published: `強調${a}、、。`, internal: [b, c], public: [a] }; },
  () => {
    const [a, b] = [canary('PUB'), canary('IN')];
    const target = `参照先${a} {#t${a.toLowerCase()}}`;
    return { markdown: `${target}\n\n参照${a}[:internal[秘${b}]](#t${a.toLowerCase()})。`, published: `${target}\n\n参照${a}。`, internal: [b], public: [a] };
  },
  () => { const [a, b, c] = [canary('PUB'), canary('IN'), canary('PUB')]; return { markdown: `前${a} :internal[秘${b}] 後${c}。`, published: `前${a} 後${c}。`, internal: [b], public: [a, c] }; },
  () => { const [a, b, c] = [canary('PUB'), canary('IN'), canary('IN')]; return { markdown: `## :internal[秘${c}] 見出し${a} :internal[秘${b}]\n\n本文。`, published: `## 見出し${a}\n\n本文。`, internal: [b, c], public: [a] }; },
  // Two lists that only internal content kept apart: numbers starting again at (1) after nothing.
  () => { const [a, b, c] = [canary('PUB'), canary('IN'), canary('PUB')]; return { markdown: `1. 前${a}\n\n:::internal\n秘${b}\n:::\n\n1. 後${c}`, published: `1. 前${a}\n1. 後${c}`, internal: [b], public: [a, c] }; },
  () => { const [a, b, c] = [canary('PUB'), canary('IN'), canary('PUB')]; return { markdown: `- 前${a}\n\n1. :internal[秘${b}]\n\n- 後${c}`, published: `- 前${a}\n- 後${c}`, internal: [b], public: [a, c] }; },
  // A table row or column of nothing but internal text: left empty, it showed where it was.
  () => {
    const [a, b, c, d] = [canary('PUB'), canary('IN'), canary('IN'), canary('IN')];
    return {
      markdown: `| 項目${a} | :internal[列${b}] |\n|:--|--:|\n| 値 | :internal[${c}] |\n| :internal[行${d}] |  |\n| 次 |  |`,
      published: `| 項目${a} |\n|:--|\n| 値 |\n| 次 |`,
      internal: [b, c, d],
      public: [a],
    };
  },
  () => { const [a, b] = [canary('PUB'), canary('IN')]; return { markdown: `表の前${a}\n\n| :internal[${b}] |\n|---|\n| :internal[秘] |`, published: `表の前${a}`, internal: [b], public: [a] }; },
  // Headings of the same text as an internal one (before or between public ones), and public
  // references to them by their derived ids as the author sees them (the internal edition's).
  () => {
    const [g, b] = [canary('PUB'), canary('IN')];
    const slug = `同名${g.toLowerCase()}`;
    return {
      markdown: `## 同名${g}\n\n:::internal\n## 同名${g}\n\n秘${b}\n:::\n\n## 同名${g}\n\n[](#${slug}-3)と[](#${slug})を見よ。`,
      published: `## 同名${g}\n\n## 同名${g}\n\n[](#${slug}-2)と[](#${slug})を見よ。`,
      internal: [b],
      public: [g],
    };
  },
  () => {
    const [g, b] = [canary('PUB'), canary('IN')];
    const slug = `同名${g.toLowerCase()}`;
    return { markdown: `:::internal\n## 同名${g}\n\n秘${b}\n:::\n\n## 同名${g}\n\n[](#${slug}-2)を見よ。`, published: `## 同名${g}\n\n[](#${slug})を見よ。`, internal: [b], public: [g] };
  },
  // Items are numbered `<section>-<n>` among public items only.
  () => {
    const [g, a, b] = [canary('PUB'), canary('PUB'), canary('IN')];
    const slug = `項目節${g.toLowerCase()}`;
    return {
      markdown: `## 項目節${g}\n\n:::internal\n1. 秘${b}\n:::\n\n1. 公${a}\n\n[](#${slug}-2)を見よ。`,
      published: `## 項目節${g}\n\n1. 公${a}\n\n[](#${slug}-1)を見よ。`,
      internal: [b],
      public: [g, a],
    };
  },
);

const sectionArb = fc.record({ depth: fc.integer({ min: 1, max: 3 }), pieces: fc.array(pieceArb, { minLength: 1, maxLength: 4 }) });
const documentArb = fc.record({ internal: fc.boolean(), sections: fc.array(sectionArb, { minLength: 1, maxLength: 5 }) });

/** The policy as written, and as written with nothing internal (internal documents as a stub). */
function toPolicy(documents: Array<{ internal: boolean; sections: Array<{ depth: number; pieces: Array<() => Piece> }> }>) {
  const files: Record<string, string> = {};
  const published: Record<string, string> = {};
  const manifest = ['org: { name: 町, kind: 町, self: 本町 }', 'documents:'];
  const expectInternal: string[] = [];
  const expectPublic: string[] = [];
  documents.forEach((doc, d) => {
    manifest.push(`  - { id: d${d}, tier: ${d === 0 ? 'basic' : 'standards'}, visibility: ${doc.internal ? 'internal' : 'public'}, title: 文書${d}, sources: [d${d}.md] }`);
    const parts: string[] = [];
    const publicParts: string[] = [];
    for (const section of doc.sections) {
      const heading = canary(doc.internal ? 'IN' : 'PUB');
      parts.push(`${'#'.repeat(section.depth)} 節${heading}`);
      publicParts.push(parts[parts.length - 1]);
      (doc.internal ? expectInternal : expectPublic).push(heading);
      for (const make of section.pieces) {
        const piece = make();
        parts.push(piece.markdown);
        if (piece.published !== '') publicParts.push(piece.published);
        expectInternal.push(...piece.internal);
        (doc.internal ? expectInternal : expectPublic).push(...piece.public);
      }
    }
    files[`d${d}.md`] = parts.join('\n\n') + '\n';
    published[`d${d}.md`] = doc.internal ? '# 非公開の文書\n\n本文。\n' : publicParts.join('\n\n') + '\n';
  });
  files['policy.yaml'] = published['policy.yaml'] = manifest.join('\n') + '\n';
  return { files, published, expectInternal, expectPublic };
}

/** Every byte a reader of the file could get at, as text: a DOCX's parts each unzipped, all of them. */
function rawText(path: string, content: Output): string {
  const bytes = typeof content === 'string' ? Buffer.from(content) : content;
  if (!path.endsWith('.docx')) return Buffer.from(bytes).toString('utf8');
  return Object.entries(unzipSync(bytes)).map(([name, part]) => `${name}\n${strFromU8(part)}`).join('\n');
}

async function build(files: Record<string, string>) {
  const c = compileMemory(files);
  expect(c.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const out = await renderAll({ internal: c.internal!, public: c.public! }, DEFAULT_FORMATS, TEST_INFO);
  const of = (prefix: string) => new Map([...out].filter(([p]) => p.startsWith(prefix)).map(([p, v]) => [p, rawText(p, v)]));
  return { public: of('public/'), internal: of('internal/') };
}

describe('no internal text in the public tree', () => {
  it('holds for random policies, in every byte of every output format', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(documentArb, { minLength: 1, maxLength: 3 }), async (documents) => {
        const { files, published, expectInternal, expectPublic } = toPolicy(documents);
        const written = await build(files);
        const publicText = [...written.public.values()].join('\n').toLowerCase();
        const internalText = [...written.internal.values()].join('\n');
        for (const c of expectInternal) expect(publicText).not.toContain(c.toLowerCase());
        for (const c of [...expectInternal, ...expectPublic]) expect(internalText).toContain(c);
        for (const c of expectPublic) expect(publicText).toContain(c.toLowerCase());
        // Byte for byte what the same policy written with nothing internal publishes.
        const alone = await build(published);
        expect([...written.public.keys()]).toEqual([...alone.public.keys()]);
        for (const [path, text] of written.public) expect(text, path).toBe(alone.public.get(path));
      }),
      { numRuns: 60, seed: 20261122 },
    );
  });
});
