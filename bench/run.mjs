// npm run bench [-- --quick]: hoshin against pandoc, side by side in one run (A B A B …), whole
// processes, medians of per-pair ratios. Prints every figure with its target; the last line is a
// one-line summary. Writes bench/results.json. Installs nothing: without pandoc it says how and
// reports hoshin's own figures only.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './generate-corpus.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CORPUS = join(ROOT, 'bench', '.corpus');
const quick = process.argv.includes('--quick');
const RUNS = quick ? 3 : 7;
const KB = 1024;

if (!existsSync(join(ROOT, 'bundle', 'main.js'))) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });

const hasPandoc = spawnSync('pandoc', ['--version']).status === 0;
if (!hasPandoc) console.log('pandoc がありません（apt-get install -y pandoc）。hoshin 自身の数値だけを示します。');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// hoshin's parse cache goes beside the corpus, not into the user's ~/.cache.
const CACHE = join(CORPUS, 'cache');
const ENV = { ...process.env, HOSHIN_CACHE_DIR: CACHE, SOURCE_DATE_EPOCH: '1774915200' };
const BIN = join(ROOT, 'bin', 'hoshin.js');

function hoshin(args) {
  const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'measure.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', env: ENV });
  const m = JSON.parse(r.stderr.trim().split('\n').at(-1));
  if (m.code !== 0) throw new Error(`hoshin ${args.join(' ')} failed:\n${r.stderr}`);
  return m;
}

function timed(command, args, env = process.env) {
  const start = performance.now();
  const r = spawnSync(command, args, { cwd: ROOT, env });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
  return performance.now() - start;
}

/** Wall time of a whole `hoshin` process, Node's start included (what a user waits for). */
const hoshinWall = (args, env = ENV) => timed(process.execPath, [BIN, ...args], env);

const sizes = quick ? [200] : [200, 1024, 2048];
for (const size of sizes) writeCorpus(join(CORPUS, `${size}k`), size * KB);
const out = (size) => join(CORPUS, `out-${size}k`);
const buildArgs = (size) => ['build', join(CORPUS, `${size}k`, 'policy'), '--out', out(size)];

const figures = [];
/** A figure with its target; `target: undefined` marks one shown for reference only. */
const record = (name, value, unit, target, ok) => figures.push({ name, value: Number(value.toFixed(3)), unit, target, ok });
const pairs = (a, b) => median(a.map((t, i) => t / b[i]));

console.log(`node -e 0 on this machine: ${median(Array.from({ length: 5 }, () => timed(process.execPath, ['-e', '0']))).toFixed(0)} ms (Node's own start, in every hoshin figure)`);

// 1. Cold build (a new process) of everything vs pandoc md→docx, pair by pair. The warm-up
// leaves the parse and code caches as any earlier build of the policy does; the first build of a policy
// on a machine (empty cache) is shown beside it.
hoshinWall(buildArgs(200));
if (hasPandoc) timed('pandoc', [join(CORPUS, '200k', 'plain.md'), '-o', join(CORPUS, 'pandoc.docx')]);
const cold = [];
const first = [];
const pandocDocx = [];
for (let i = 0; i < RUNS; i++) {
  cold.push(hoshinWall(buildArgs(200)));
  if (hasPandoc) pandocDocx.push(timed('pandoc', [join(CORPUS, '200k', 'plain.md'), '-o', join(CORPUS, 'pandoc.docx')]));
  first.push(hoshinWall([...buildArgs(200), '--no-cache']));
}
console.log(`hoshin build 200 KB: ${median(cold).toFixed(0)} ms; first build (--no-cache: no parse or code cache): ${median(first).toFixed(0)} ms`);
if (hasPandoc) {
  const ratio = pairs(cold, pandocDocx);
  record('cold build (200 KB, all outputs) ÷ pandoc md→docx', ratio, '×', '≤ 1.0', ratio <= 1.0);
  record('  first build, --no-cache ÷ pandoc md→docx', pairs(first, pandocDocx), '×', undefined);
  const pandocHtml = Array.from({ length: RUNS }, () => timed('pandoc', [join(CORPUS, '200k', 'plain.md'), '-s', '--metadata', 'title=bench', '-o', join(CORPUS, 'pandoc.html')]));
  console.log(`pandoc md→docx ${median(pandocDocx).toFixed(0)} ms, md→html ${median(pandocHtml).toFixed(0)} ms`);
}

// 2. Rebuild in `hoshin build --watch` after one source changed.
{
  const { watchRebuilds } = await import('./watch-rebuild.mjs');
  const { rebuild, latency } = await watchRebuilds({ bin: BIN, dir: join(CORPUS, '200k', 'policy'), out: out(200), env: ENV, runs: RUNS });
  console.log(`build --watch: rebuild ${median(rebuild).toFixed(0)} ms (save → written ${median(latency).toFixed(0)} ms, with the watcher's 80 ms settling)`);
  if (hasPandoc) record('warm rebuild after one change ÷ pandoc md→docx', median(rebuild) / median(pandocDocx), '×', '≤ 0.3', median(rebuild) / median(pandocDocx) <= 0.3);
}

// 3. check on examples/izumi.
{
  hoshinWall(['check', 'examples/izumi']);
  const times = Array.from({ length: RUNS }, () => hoshinWall(['check', 'examples/izumi']));
  record('hoshin check examples/izumi', median(times), 'ms', '≤ 300', median(times) <= 300);
}

// 4 and 5. Peak memory on 2 MB and growth 200 KB → 2 MB (new processes, as figure 1).
if (!quick) {
  hoshinWall(buildArgs(2048));
  const big = hoshin(buildArgs(2048));
  record('peak RSS, build of 2 MB', big.maxRssKb / KB, 'MB', '≤ 300', big.maxRssKb / KB <= 300);
  const t2 = median(Array.from({ length: 3 }, () => hoshinWall(buildArgs(2048))));
  console.log(`hoshin build 2 MB: ${t2.toFixed(0)} ms`);
  record('time growth 200 KB → 2 MB', t2 / median(cold), '×', '≤ 11 (linear)', t2 / median(cold) <= 11);
}

// 6. Diff of two 100k-character revisions with 20 % edited.
{
  const { diffBench } = await import('./diff-bench.mjs');
  const ms = diffBench(RUNS);
  record('diff of 100k characters, 20 % edited (incl. HTML 新旧対照表)', ms, 'ms', '≤ 200', ms <= 200);
}

// 7. The inputs of issue 13 (bench/shapes.mjs): each builds (or, past a limit of
// parse/check-limits.ts, is refused with its error) at a cost per MB of source within 2× of the
// 200 KB corpus's, in time and in peak RSS. Per MB means beyond what a policy of a few bytes costs
// (Node's start and hoshin's own code), so that --quick's smaller shapes measure the same thing;
// time is CPU time (all threads), steadier than wall time on a shared machine.
{
  const { writeShapes, writeTiny } = await import('./shapes.mjs');
  const shapes = writeShapes(join(CORPUS, 'shapes'), quick ? 0.5 : 1);
  writeTiny(join(CORPUS, 'tiny'));
  const run = (dir) => {
    const r = spawnSync(process.execPath, [join(ROOT, 'bench', 'measure.mjs'), 'build', dir, '--out', join(CORPUS, 'out-shape'), '--no-cache'], { cwd: ROOT, encoding: 'utf8', env: ENV, maxBuffer: 1 << 28 });
    return { ...JSON.parse(r.stderr.trim().split('\n').at(-1)), stderr: r.stderr };
  };
  const medianRun = (dir, n) => {
    const runs = Array.from({ length: n }, () => run(dir));
    return { ms: median(runs.map((r) => r.cpuMs)), mb: median(runs.map((r) => r.maxRssKb)) / KB };
  };
  const tiny = medianRun(join(CORPUS, 'tiny'), 3);
  const corpus = medianRun(join(CORPUS, '200k', 'policy'), 3);
  const corpusDir = join(CORPUS, '200k', 'policy');
  const corpusMb = readdirSync(corpusDir).reduce((n, f) => n + statSync(join(corpusDir, f)).size, 0) / KB / KB;
  const perMb = (m, mb) => ({ ms: Math.max(m.ms - tiny.ms, 0) / mb, rss: Math.max(m.mb - tiny.mb, 0) / mb });
  const base = perMb(corpus, corpusMb);
  console.log(`inputs of issue 13 (CPU time): a policy of a few bytes ${tiny.ms.toFixed(0)} ms, ${tiny.mb.toFixed(0)} MB; the 200 KB corpus ${base.ms.toFixed(0)} ms and ${base.rss.toFixed(0)} MB per MB beyond it`);
  for (const shape of shapes) {
    const r = run(shape.dir);
    const refused = r.code === 1 && shape.refusedBy !== undefined && r.stderr.includes(shape.refusedBy);
    if (r.code !== 0 && !refused) throw new Error(`hoshin build ${shape.dir} (${shape.name}) failed:\n${r.stderr.slice(0, 2000)}`);
    const mb = shape.bytes / KB / KB;
    const cost = perMb({ ms: r.cpuMs, mb: r.maxRssKb / KB }, mb);
    const ratio = Math.max(cost.ms / base.ms, cost.rss / base.rss);
    console.log(`  ${shape.name} (${(shape.bytes / KB).toFixed(0)} KB${refused ? `, refused: ${shape.refusedBy}` : ''}): ${r.cpuMs.toFixed(0)} ms, ${(r.maxRssKb / KB).toFixed(0)} MB; per MB ${(cost.ms / base.ms).toFixed(2)}× the corpus's time, ${(cost.rss / base.rss).toFixed(2)}× its RSS`);
    record(`issue 13 input: ${shape.name}, per MB ÷ corpus's (worse of time, RSS)`, ratio, '×', '≤ 2', ratio <= 2);
  }
}

const width = Math.max(...figures.map((f) => f.name.length));
const mark = (f) => (f.target === undefined ? ' ' : f.ok ? '✓' : '✗');
console.log('\n' + figures.map((f) => `${mark(f)} ${f.name.padEnd(width)}  ${String(f.value).padStart(9)} ${f.unit.padEnd(3)} ${f.target === undefined ? '(参考)' : `target ${f.target}`}`).join('\n'));
const results = { date: new Date().toISOString(), node: process.version, quick, pandoc: hasPandoc, figures };
writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
const targets = figures.filter((f) => f.target !== undefined);
const main = figures.find((f) => f.name.startsWith('cold build'));
console.log(`\nbench: ${targets.filter((f) => f.ok).length}/${targets.length} targets met${main ? `; cold build = ${main.value}× pandoc md→docx` : ''}`);
