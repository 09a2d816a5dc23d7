import { resolve } from 'node:path';
import { compile } from '../compile.js';
import { hasErrors } from '../diagnostic.js';
import { loadPolicy } from '../load/load-policy.js';
import { renderAll } from '../render/render-all.js';
import { toBuildRecord } from '../render/to-build-record.js';
import { buildInfo } from './build-info.js';
import { DEFAULT_FORMATS, RENDERERS } from '../render/registry.js';
import { HELP } from './help.js';
import type { Io } from './io.js';
import { parseCommandArgs } from './parse-args.js';
import { policyDir } from './policy-dir.js';
import { formatReport } from './report.js';
import { UsageError } from './usage-error.js';
import { useParseCache } from './use-parse-cache.js';
import { writeTree } from './write-tree.js';

function formatsOf(value: string | undefined): string[] {
  if (value === undefined) return DEFAULT_FORMATS;
  const formats = value.split(',').map((f) => f.trim()).filter(Boolean);
  const unknown = formats.filter((f) => !(f in RENDERERS));
  if (unknown.length > 0 || formats.length === 0) {
    throw new UsageError(`未知の出力形式 ${unknown.join('、') || '(空)'} です。使えるのは ${DEFAULT_FORMATS.join('、')} です。`);
  }
  return formats;
}

export async function buildCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    out: { type: 'string', short: 'o' },
    format: { type: 'string' },
    verbose: { type: 'boolean' },
    'no-cache': { type: 'boolean' },
  });
  if (values.help) {
    io.stdout(HELP.build + '\n');
    return 0;
  }
  if (typeof values.out !== 'string' || values.out === '') throw new UsageError('出力先を --out で指定してください（例: hoshin build examples/izumi --out dist）。');
  const formats = formatsOf(typeof values.format === 'string' ? values.format : undefined);
  const dir = await policyDir(positionals, io.cwd);
  const session = await useParseCache(dir, io.env, !values['no-cache']);
  const compilation = compile(await loadPolicy(dir), session.cache);
  await session.save();
  const { diagnostics } = compilation;
  const problems = diagnostics.filter((d) => d.severity !== 'info');
  if (hasErrors(diagnostics) || !compilation.internal || !compilation.public) {
    io.stderr(formatReport(diagnostics, { format: 'text', color: io.color, verbose: Boolean(values.verbose), cwd: io.cwd }));
    io.stderr('誤りがあるため出力しませんでした。以前の出力はそのままです。\n');
    return 1;
  }
  if (problems.length > 0) io.stderr(formatReport(problems, { format: 'text', color: io.color, verbose: false, cwd: io.cwd }));
  const out = resolve(io.cwd, values.out);
  const info = await buildInfo(dir, compilation.manifest!, io.env);
  const files = await renderAll({ internal: compilation.internal, public: compilation.public }, formats, info);
  files.set('build.json', toBuildRecord(files, info));
  await writeTree(out, files);
  io.stdout(`${files.size} 個のファイルを ${values.out} に出力しました。\n`);
  return 0;
}
