import { resolve } from 'node:path';
import { compile } from '../compile.js';
import { hasErrors } from '../diagnostic.js';
import { presentMarkdown } from '../diff/present-markdown.js';
import { presentText } from '../diff/present-text.js';
import { diffPolicies } from '../diff/diff-policies.js';
import { toSummary } from '../diff/to-summary.js';
import { loadPolicy } from '../load/load-policy.js';
import { resolveSide, type Side } from '../load/resolve-side.js';
import { comparisonTrees } from '../render/comparison/comparison-trees.js';
import { visibleControls } from '../visible-controls.js';
import { diffBuildInfo } from './diff-build-info.js';
import { gitDriver } from './git-driver.js';
import { HELP } from './help.js';
import type { Io } from './io.js';
import { parseCommandArgs } from './parse-args.js';
import { formatReport } from './report.js';
import { toJsonText } from './to-json-text.js';
import { UsageError } from './usage-error.js';
import { writeFiles } from './write-files.js';

const FORMATS = ['text', 'markdown', 'json'] as const;
const COLUMNS = ['new-old', 'old-new'] as const;

async function compileSide(side: Side, io: Io) {
  const compilation = compile(await loadPolicy(side.dir, side.reader));
  if (hasErrors(compilation.diagnostics) || !compilation.internal || !compilation.public || !compilation.manifest) {
    io.stderr(`「${visibleControls(side.label)}」のポリシーに誤りがあります。\n`);
    io.stderr(formatReport(compilation.diagnostics, { format: 'text', color: io.color, verbose: false, cwd: io.cwd }));
    return undefined;
  }
  return { policy: compilation.internal, published: compilation.public, manifest: compilation.manifest };
}

/** 「公開用 2 個（public/）、庁内用 3 個（internal/）」: what --out wrote, tree by tree. */
function countByTree(files: ReadonlyMap<string, unknown>): string {
  const count = (tree: string) => [...files.keys()].filter((name) => name.startsWith(`${tree}/`)).length;
  return `公開用 ${count('public')} 個（public/）、庁内用 ${count('internal')} 個（internal/）`;
}

/**
 * `hoshin diff <old> <new>`: two revisions (git or folders) → a summary of the changes, and with
 * --out the 新旧対照表 (DOCX, HTML) and the redline DOCX of every document that changed, in a
 * public/ tree made from the public editions only and an internal/ tree (comparisonTrees).
 */
export async function diffCommand(args: string[], io: Io): Promise<number> {
  if (args[0] === '--git-driver') return gitDriver(args.slice(1), io);
  const { values, positionals } = parseCommandArgs(args, {
    dir: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string', short: 'o' },
    columns: { type: 'string' },
    remarks: { type: 'boolean' },
  });
  if (values.help) {
    io.stdout(HELP.diff + '\n');
    return 0;
  }
  if (positionals.length !== 2) throw new UsageError('比べる二つ（git のリビジョンまたはフォルダ）を、古い方、新しい方の順に指定してください（例: hoshin diff v2025 HEAD）。');
  const format = typeof values.format === 'string' ? values.format : 'text';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format には ${FORMATS.join('、')} のいずれかを指定してください（指定: ${format}）。`);
  const columns = typeof values.columns === 'string' ? values.columns : 'new-old';
  if (!(COLUMNS as readonly string[]).includes(columns)) throw new UsageError(`--columns には ${COLUMNS.join('、')} のいずれかを指定してください（指定: ${columns}）。`);
  if (values.out === '') throw new UsageError('--out には出力先のフォルダを指定してください。');
  const dirOption = typeof values.dir === 'string' ? values.dir : undefined;
  const sides: Side[] = [];
  for (const spec of positionals) {
    const result = await resolveSide(spec, io.cwd, dirOption);
    if ('problem' in result) throw new UsageError(result.problem);
    sides.push(result.side);
  }
  const [old, now] = [await compileSide(sides[0], io), await compileSide(sides[1], io)];
  if (!old || !now) return 1;
  const changes = diffPolicies(old, now);
  const summary = toSummary(changes);
  if (format === 'json') io.stdout(toJsonText(summary));
  else if (format === 'markdown') io.stdout(presentMarkdown(summary));
  else io.stdout(presentText(summary, { color: io.color }));
  if (typeof values.out === 'string') {
    const { info, reviser } = await diffBuildInfo(sides[1], now.manifest, io.env);
    const published = diffPolicies({ policy: old.published, manifest: old.manifest }, { policy: now.published, manifest: now.manifest });
    const files = await comparisonTrees(
      { public: old.published, internal: old.policy },
      { public: now.published, internal: now.policy },
      { public: published, internal: changes },
      info,
      reviser,
      { columns: columns as (typeof COLUMNS)[number], remarks: Boolean(values.remarks) },
    );
    await writeFiles(resolve(io.cwd, values.out), files);
    // The summary may be JSON on stdout: the note on the files goes to stderr.
    io.stderr(files.size === 0 ? '変更のある文書がないため、新旧対照表は出力しませんでした。\n' : `${files.size} 個のファイル（${countByTree(files)}）を ${visibleControls(values.out)} に出力しました。\n`);
  }
  return 0;
}
