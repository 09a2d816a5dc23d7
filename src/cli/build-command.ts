import { resolve } from 'node:path';
import { createRenderMemo } from '../render/render-all.js';
import { visibleControls } from '../visible-controls.js';
import { DEFAULT_FORMATS, RENDERERS } from '../render/registry.js';
import { assertOutApart } from './assert-out-apart.js';
import { buildOnce, type BuildRequest } from './build-once.js';
import { HELP } from './help.js';
import type { Io } from './io.js';
import { oneAtATime } from './one-at-a-time.js';
import { parseCommandArgs } from './parse-args.js';
import { policyDir } from './policy-dir.js';
import { startRenderThread, type RenderThread } from './render-thread.js';
import { watchPolicy } from './serve-watch.js';
import { untilStopped } from './until-stopped.js';
import { UsageError } from './usage-error.js';
import { useParseCache, type ParseCacheSession } from './use-parse-cache.js';

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
    watch: { type: 'boolean', short: 'w' },
  });
  if (values.help) {
    io.stdout(HELP.build + '\n');
    return 0;
  }
  if (typeof values.out !== 'string' || values.out === '') throw new UsageError('出力先を --out で指定してください（例: hoshin build examples/izumi --out dist）。');
  const formats = formatsOf(typeof values.format === 'string' ? values.format : undefined);
  const dir = await policyDir(positionals, io.cwd);
  await assertOutApart(dir, resolve(io.cwd, values.out), values.out);
  // Started first: it loads the DOCX writer while this thread reads and compiles the policy.
  const thread = formats.includes('docx') && formats.length > 1 ? startRenderThread(io.env, !values['no-cache']) : undefined;
  try {
    const request: BuildRequest = { dir, out: values.out, formats, verbose: Boolean(values.verbose) };
    const session = await useParseCache(dir, io.env, !values['no-cache'], Boolean(values.watch));
    if (values.watch) return await watchBuild(request, io, session, thread);
    const compiled = async () => {
      await session.save();
      session.cache?.entries.clear();
    };
    return (await buildOnce(request, io, { cache: session.cache, thread, compiled })).code;
  } finally {
    await thread?.close();
  }
}

/**
 * `hoshin build --watch`: build, then build again after every save until Ctrl-C, from what the
 * process keeps (parsed chunks, unchanged documents' outputs). Each rebuild prints its time.
 */
async function watchBuild(request: BuildRequest, io: Io, session: ParseCacheSession, thread: RenderThread | undefined): Promise<number> {
  const state = { cache: session.cache, memo: createRenderMemo(), thread };
  let { files } = await buildOnce(request, io, state);
  const rebuild = oneAtATime(async () => {
    const start = performance.now();
    const done = await buildOnce(request, io, state);
    files = done.files;
    // After an error the report has said that nothing was written.
    if (done.code === 0) io.stdout(`再ビルドしました（${Math.round(performance.now() - start)} ms）。\n`);
  });
  const stopWatching = await watchPolicy(request.dir, () => files, () => void rebuild.run().catch((error: unknown) => io.stderr(`hoshin: ${visibleControls(error instanceof Error ? error.message : String(error))}\n`)));
  io.stdout('保存するたびに出力し直します。Ctrl-C で終了します。\n');
  await untilStopped();
  await stopWatching();
  await rebuild.idle();
  await session.save();
  io.stdout('終了しました。\n');
  return 0;
}
