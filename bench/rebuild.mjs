// Figure 2: a rebuild in a process that has already built once (the `hoshin serve` situation: modules
// loaded, code warm), after one source file changed. Every output of both editions is rendered.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../lib/compile.js';
import { loadPolicy } from '../lib/load/load-policy.js';
import { renderAll } from '../lib/render/render-all.js';
import { DEFAULT_FORMATS } from '../lib/render/registry.js';

const info = { version: 'bench', date: new Date('2026-03-31T00:00:00Z') };

async function buildOnce(dir) {
  const c = compile(await loadPolicy(dir));
  await renderAll({ internal: c.internal, public: c.public }, DEFAULT_FORMATS, info);
}

export async function rebuildBench(dir, runs) {
  const file = join(dir, 'standards.md');
  const original = readFileSync(file, 'utf8');
  await buildOnce(dir);
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      appendFileSync(file, `\n追記${i}。\n`);
      const start = performance.now();
      await buildOnce(dir);
      times.push(performance.now() - start);
    }
  } finally {
    writeFileSync(file, original);
  }
  return times;
}
