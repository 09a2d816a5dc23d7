// Runs the hoshin CLI (the bundle bin/hoshin.js runs) in this process and reports its wall time and
// peak RSS as JSON on stderr's last line, so the benchmark measures whole processes without
// platform tools (/usr/bin/time).
import { loadBundle } from '../bundle/boot.js';

const argv = process.argv.slice(2);
const { bundle, saveCodeCache } = loadBundle(argv[0]);

const start = performance.now();
const silent = { write: () => true };
const code = await bundle.main(argv, {
  cwd: process.cwd(),
  color: false,
  env: process.env,
  stdout: (t) => silent.write(t),
  stderr: (t) => process.stderr.write(t),
});
saveCodeCache();
// CPU time of all threads too: steadier than wall time on a machine that runs other work.
const { userCPUTime, systemCPUTime, maxRSS } = process.resourceUsage();
process.stderr.write(`\n${JSON.stringify({ code, ms: performance.now() - start, cpuMs: (userCPUTime + systemCPUTime) / 1000, maxRssKb: maxRSS })}\n`);
process.exitCode = code;
