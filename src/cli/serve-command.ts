import { HELP } from './help.js';
import type { Io } from './io.js';
import { parseCommandArgs } from './parse-args.js';
import { policyDir } from './policy-dir.js';
import { formatReport } from './report.js';
import { startServer } from './serve-server.js';
import { buildSite, type Site } from './serve-site.js';
import { watchPolicy } from './serve-watch.js';
import { UsageError } from './usage-error.js';
import { untilStopped } from './until-stopped.js';
import { useParseCache } from './use-parse-cache.js';
import { oneAtATime } from './one-at-a-time.js';

function portOf(value: string | boolean | undefined): number {
  if (value === undefined) return 0;
  const port = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!(port >= 0 && port <= 65535)) throw new UsageError(`--port には 0〜65535 の番号を指定してください（指定: ${String(value)}）。`);
  return port;
}

/**
 * `hoshin serve [dir]`: the internal edition as HTML on 127.0.0.1, rebuilt on every save; the
 * open page reloads itself, and shows the source's errors instead of stale content.
 */
export async function serveCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { port: { type: 'string', short: 'p' } });
  if (values.help) {
    io.stdout(HELP.serve + '\n');
    return 0;
  }
  const port = portOf(values.port);
  const dir = await policyDir(positionals, io.cwd);
  const report = (current: Site) => {
    const problems = current.diagnostics.filter((d) => d.severity !== 'info');
    if (problems.length > 0) io.stderr(formatReport(problems, { format: 'text', color: io.color, verbose: false, cwd: io.cwd }));
  };

  // In memory for the preview's life, filled from and saved to the persistent cache.
  const session = await useParseCache(dir, io.env, true, true);
  const { cache } = session;
  let site = await buildSite(dir, io.env, 1, cache);
  report(site);
  const server = await startServer(port, () => site);
  const rebuild = oneAtATime(async () => {
    site = await buildSite(dir, io.env, site.build + 1, cache);
    report(site);
    io.stdout(site.errorPage ? '誤りがあります。ブラウザーに表示しています。\n' : '更新しました。\n');
    server.announce(site.build);
  });
  const stopWatching = await watchPolicy(dir, () => site.files, () => void rebuild.run());

  io.stdout(`${server.url} で表示しています（庁内用）。保存すると自動で更新します。Ctrl-C で終了します。\n`);
  await untilStopped();
  await stopWatching();
  await rebuild.idle();
  await session.save();
  await server.close();
  io.stdout('終了しました。\n');
  return 0;
}
