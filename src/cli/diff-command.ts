import { compile } from '../compile.js';
import { hasErrors } from '../diagnostic.js';
import { presentMarkdown } from '../diff/present-markdown.js';
import { presentText } from '../diff/present-text.js';
import { diffPolicies } from '../diff/diff-policies.js';
import { toSummary } from '../diff/to-summary.js';
import { loadPolicy } from '../load/load-policy.js';
import { resolveSide, type Side } from '../load/resolve-side.js';
import { gitDriver } from './git-driver.js';
import { HELP } from './help.js';
import type { Io } from './io.js';
import { parseCommandArgs } from './parse-args.js';
import { formatReport } from './report.js';
import { UsageError } from './usage-error.js';

const FORMATS = ['text', 'markdown', 'json'] as const;

async function compileSide(side: Side, io: Io) {
  const compilation = compile(await loadPolicy(side.dir, side.reader));
  if (hasErrors(compilation.diagnostics) || !compilation.internal || !compilation.manifest) {
    io.stderr(`「${side.label}」のポリシーに誤りがあります。\n`);
    io.stderr(formatReport(compilation.diagnostics, { format: 'text', color: io.color, verbose: false, cwd: io.cwd }));
    return undefined;
  }
  return { policy: compilation.internal, manifest: compilation.manifest };
}

/** `hoshin diff <old> <new>`: two revisions (git or folders) → a summary of the changes. */
export async function diffCommand(args: string[], io: Io): Promise<number> {
  if (args[0] === '--git-driver') return gitDriver(args.slice(1), io);
  const { values, positionals } = parseCommandArgs(args, { dir: { type: 'string' }, format: { type: 'string' } });
  if (values.help) {
    io.stdout(HELP.diff + '\n');
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError('比べる二つ（git のリビジョンまたはフォルダ）を、古い方、新しい方の順に指定してください（例: hoshin diff v2025 HEAD）。');
  const format = typeof values.format === 'string' ? values.format : 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format には ${FORMATS.join('、')} のいずれかを指定してください（指定: ${format}）。`);
  const dirOption = typeof values.dir === 'string' ? values.dir : undefined;
  const sides: Side[] = [];
  for (const spec of positionals) {
    const result = await resolveSide(spec, io.cwd, dirOption);
    if ('problem' in result) throw new UsageError(result.problem);
    sides.push(result.side);
  }
  const [old, now] = [await compileSide(sides[0], io), await compileSide(sides[1], io)];
  if (!old || !now) return 1;
  const summary = toSummary(diffPolicies(old, now));
  if (format === 'json') io.stdout(JSON.stringify(summary, null, 2) + '\n');
  else if (format === 'markdown') io.stdout(presentMarkdown(summary));
  else io.stdout(presentText(summary, { color: io.color }));
  return 0;
}
