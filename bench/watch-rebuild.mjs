// Figure 2: rebuilds in `hoshin build --watch` (the real CLI, every format of both editions) after
// one source file changed: the time hoshin reports for each rebuild, and the wall time from the
// save to that report (which adds the watcher's settling delay).
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export async function watchRebuilds({ bin, dir, out, env, runs }) {
  const file = join(dir, 'standards.md');
  const original = readFileSync(file, 'utf8');
  const child = spawn(process.execPath, [bin, 'build', dir, '--out', out, '--watch'], { env });
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => process.stderr.write(chunk));
  const waitFor = async (test) => {
    for (let waited = 0; !test(); waited += 5) {
      if (waited > 60_000) throw new Error(`hoshin build --watch: ${stdout}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  const reports = () => [...stdout.matchAll(/再ビルドしました（(\d+) ms）/g)].map((m) => Number(m[1]));
  const rebuild = [];
  const latency = [];
  try {
    await waitFor(() => stdout.includes('保存するたびに'));
    // One rebuild to warm up, then the measured ones.
    for (let i = 0; i <= runs; i++) {
      const before = reports().length;
      const start = performance.now();
      appendFileSync(file, `\n追記${i}。\n`);
      await waitFor(() => reports().length > before);
      if (i === 0) continue;
      latency.push(performance.now() - start);
      rebuild.push(reports().at(-1));
    }
  } finally {
    child.kill('SIGINT');
    await new Promise((resolve) => child.on('exit', resolve));
    writeFileSync(file, original);
  }
  return { rebuild, latency };
}
