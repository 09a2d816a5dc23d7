// npm run bench [-- --quick]: hoshin against pandoc, side by side in one run (A B A B …), whole
// processes, medians of per-pair ratios. Prints every figure with its target; the last line is a
// one-line summary. Writes bench/results.json. Installs nothing: without pandoc it says how and
// reports hoshin's own figures only.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './generate-corpus.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, 'bench', '.corpus');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 7;
const KB = 1024;

if (!existsSync(join(ROOT, 'lib', 'cli', 'main.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
if (!hasPandoc) console.log('pandoc がありません（apt-get install -y pandoc）。hoshin 自身の数値だけを示します。');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

function hoshin(args) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'measure.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
  const last = r.stderr.trim().split('\n').at(-1);
  const m = JSON.parse(last);
  if (m.code !== 0) throw new Error(`hoshin ${args.join(' ')} failed:\n${r.stderr}`);
  return m;
}

function timed(command, args) {
  const start = performance.now();
  const r = spawnSync(command, args, { cwd: ROOT });
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr}`);
  return performance.now() - start;
}

/** Wall time of a whole process, including Node's start (what a user waits for). */
function hoshinWall(args) {
  return timed(process.execPath, [join(ROOT, 'bin', 'hoshin.js'), ...args]);
}

const sizes = quick ? [200] : [200, 1024, 2048];
for (const size of sizes) writeCorpus(join(CORPUS, `${size}k`), size * KB);
const out = (size) => join(CORPUS, `out-${size}k`);
const buildArgs = (size) => ['build', join(CORPUS, `${size}k`, 'policy'), '--out', out(size)];

const figures = [];
const record = (name, value, unit, target, ok) => figures.push({ name, value: Number(value.toFixed(3)), unit, target, ok });

// 1. Cold build of everything vs pandoc md→docx, pair by pair.
hoshinWall(buildArgs(200));
if (hasPandoc) timed('pandoc', [join(CORPUS, '200k', 'plain.md'), '-o', join(CORPUS, 'pandoc.docx')]);
const cold = [];
const pandocDocx = [];
for (let i = 0; i < RUNS; i++) {
  cold.push(hoshinWall(buildArgs(200)));
  if (hasPandoc) pandocDocx.push(timed('pandoc', [join(CORPUS, '200k', 'plain.md'), '-o', join(CORPUS, 'pandoc.docx')]));
}
if (hasPandoc) {
  record('cold build (200 KB, all outputs) ÷ pandoc md→docx', median(cold.map((t, i) => t / pandocDocx[i])), '×', '≤ 1.0', median(cold.map((t, i) => t / pandocDocx[i])) <= 1.0);
  const pandocHtml = [];
  for (let i = 0; i < RUNS; i++) pandocHtml.push(timed('pandoc', [join(CORPUS, '200k', 'plain.md'), '-s', '--metadata', 'title=bench', '-o', join(CORPUS, 'pandoc.html')]));
  console.log(`pandoc md→docx ${median(pandocDocx).toFixed(0)} ms, md→html ${median(pandocHtml).toFixed(0)} ms`);
}
console.log(`hoshin build 200 KB: ${median(cold).toFixed(0)} ms`);

// 2. Warm rebuild after one source changed, in a process that has built once (the serve situation).
{
  const { rebuildBench } = await import('./rebuild.mjs');
  const warm = await rebuildBench(join(CORPUS, '200k', 'policy'), RUNS);
  const ratio = hasPandoc ? median(warm) / median(pandocDocx) : undefined;
  if (ratio !== undefined) record('warm rebuild after one change ÷ pandoc md→docx', ratio, '×', '≤ 0.3', ratio <= 0.3);
  console.log(`warm rebuild: ${median(warm).toFixed(0)} ms`);
}

// 3. check on examples/izumi.
{
  hoshinWall(['check', 'examples/izumi']);
  const times = Array.from({ length: RUNS }, () => hoshinWall(['check', 'examples/izumi']));
  record('hoshin check examples/izumi', median(times), 'ms', '≤ 300', median(times) <= 300);
}

// 4 and 5. Peak memory on 2 MB and growth 200 KB → 2 MB.
if (!quick) {
  const big = hoshin(buildArgs(2048));
  record('peak RSS, build of 2 MB', big.maxRssKb / KB, 'MB', '≤ 300', big.maxRssKb / KB <= 300);
  const t2 = median(Array.from({ length: 3 }, () => hoshinWall(buildArgs(2048))));
  const growth = t2 / median(cold);
  record('time growth 200 KB → 2 MB', growth, '×', '≤ 11 (linear)', growth <= 11);
}

// 6. Diff of two 100k-character revisions with 20 % edited.
{
  const { diffBench } = await import('./diff-bench.mjs');
  const ms = diffBench(RUNS);
  record('diff of 100k characters, 20 % edited (incl. HTML 新旧対照表)', ms, 'ms', '≤ 200', ms <= 200);
}

const width = Math.max(...figures.map((f) => f.name.length));
console.log('\n' + figures.map((f) => `${f.ok ? '✓' : '✗'} ${f.name.padEnd(width)}  ${String(f.value).padStart(9)} ${f.unit.padEnd(3)} target ${f.target}`).join('\n'));
const results = { date: new Date().toISOString(), node: process.version, quick, pandoc: hasPandoc, figures };
writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
const main = figures.find((f) => f.name.startsWith('cold build'));
const passed = figures.filter((f) => f.ok).length;
console.log(`\nbench: ${passed}/${figures.length} targets met${main ? `; cold build = ${main.value}× pandoc md→docx` : ''}`);
