import { compile } from '../compile.js';
import { hasErrors } from '../diagnostic.js';
import { loadPolicy } from '../load/load-policy.js';
import { HELP } from './help.js';
import { parseCommandArgs } from './parse-args.js';
import { formatReport } from './report.js';
import type { Io } from './io.js';
import { policyDir } from './policy-dir.js';
import { UsageError } from './usage-error.js';
import { useParseCache } from './use-parse-cache.js';

export async function checkCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: 'string' },
    verbose: { type: 'boolean' },
    'no-cache': { type: 'boolean' },
  });
  if (values.help) {
    io.stdout(HELP.check + '\n');
    return 0;
  }
  const format = typeof values.format === 'string' ? values.format : 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format には text か json を指定してください（指定: ${format}）。`);
  const dir = await policyDir(positionals, io.cwd);
  const session = await useParseCache(dir, io.env, !values['no-cache']);
  const { diagnostics } = compile(await loadPolicy(dir, undefined, session.cache), session.cache);
  await session.save();
  io.stdout(formatReport(diagnostics, { format, color: io.color, verbose: Boolean(values.verbose), cwd: io.cwd }));
  return hasErrors(diagnostics) ? 1 : 0;
}
