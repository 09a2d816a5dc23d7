// Figure 6: diff of two revisions of a 100,000-character policy with 20 % of paragraphs edited —
// the change set and the HTML 新旧対照表 of every document, in process (compiling the sides is not timed).
import { compile } from '../lib/compile.js';
import { diffPolicies } from '../lib/diff/diff-policies.js';
import { toComparison } from '../lib/diff/to-comparison.js';
import { toComparisonHtml } from '../lib/render/comparison/to-comparison-html.js';
import { generateCorpus } from './generate-corpus.mjs';

function memoryFiles(files) {
  return {
    dir: 'bench',
    manifest: { path: 'bench/policy.yaml', value: files['policy.yaml'] },
    sources: new Map(Object.entries(files).filter(([p]) => p.endsWith('.md')).map(([p, v]) => [p, { path: `bench/${p}`, value: v }])),
    missing: new Set(),
    templates: new Map(),
    diagnostics: [],
  };
}

/** Every fifth body paragraph gets one phrase changed: 20 % of paragraphs edited. */
function edit(text) {
  let n = 0;
  return text
    .split('\n\n')
    .map((block) => (/^[#|:1]/.test(block) || n++ % 5 !== 0 ? block : block.replace('しなければならない', 'するよう努めなければならない')))
    .join('\n\n');
}

const info = { version: 'bench', date: new Date('2026-03-31T00:00:00Z') };

export function diffBench(runs) {
  // ~100,000 characters of Japanese is ~300 KB of UTF-8.
  const { files } = generateCorpus(300 * 1024, 7);
  const chars = Object.values(files).reduce((n, t) => n + [...t].length, 0);
  const edited = Object.fromEntries(Object.entries(files).map(([p, t]) => [p, p.endsWith('.md') ? edit(t) : t]));
  const a = compile(memoryFiles(files));
  const b = compile(memoryFiles(edited));
  const times = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    const changes = diffPolicies({ policy: a.internal, manifest: a.manifest }, { policy: b.internal, manifest: b.manifest });
    for (const d of changes.documents) toComparisonHtml(b.internal, toComparison(d), info);
    times.push(performance.now() - start);
  }
  times.shift();
  times.sort((x, y) => x - y);
  console.log(`diff: ${chars} characters`);
  return times[Math.floor(times.length / 2)];
}
