import { resolve } from 'node:path';
import { compile } from '../compile.js';
import { hasErrors } from '../diagnostic.js';
import { loadPolicy } from '../load/load-policy.js';
import type { PolicyFiles } from '../load/policy-files.js';
import { policyInputPaths } from '../load/policy-inputs.js';
import { readRevision } from '../load/read-revision.js';
import { nextRun, type ParseCache } from '../parse/parse-cache.js';
import type { RenderMemo } from '../render/render-all.js';
import { toBuildRecord } from '../render/to-build-record.js';
import { visibleControls } from '../visible-controls.js';
import { buildInfo } from './build-info.js';
import type { Io } from './io.js';
import { renderOutputs } from './render-outputs.js';
import type { RenderThread } from './render-thread.js';
import { formatReport } from './report.js';
import { writeTree } from './write-tree.js';

export interface BuildRequest {
  dir: string;
  /** As the user wrote it (messages show it so); resolved against the working folder when written. */
  out: string;
  formats: readonly string[];
  verbose: boolean;
}

/** What a process keeps between builds: parsed chunks, rendered outputs, a second thread. */
export interface BuildState {
  cache?: ParseCache;
  memo?: RenderMemo;
  thread?: RenderThread;
  /** Called once the policy is compiled: a one-off build saves its parse cache and lets it go. */
  compiled?: () => Promise<void>;
}

// The second thread works on a copy of the model: past this much Markdown (UTF-8) the copy costs more
// memory (≈ +90 MB at 2 MB) than the thread saves time (≈ 10 %), so large policies render in one.
const THREAD_LIMIT = 1024 * 1024;

/**
 * One build: load, compile, render both editions, write them in one swap. Problems are reported;
 * with an error nothing is written. Returns the exit code and what was read.
 */
export async function buildOnce(request: BuildRequest, io: Io, state: BuildState): Promise<{ code: number; files: PolicyFiles }> {
  // A process that builds again and again (--watch) keeps its cache trimmed to the current text.
  if (state.cache?.documents) nextRun(state.cache);
  const files = await loadPolicy(request.dir, undefined, state.cache);
  // Started before compiling, so that git runs meanwhile; only the inputs decide whether it is dirty.
  const revision = readRevision(request.dir, policyInputPaths(files));
  const compilation = compile(files, state.cache);
  await state.compiled?.();
  const { diagnostics } = compilation;
  if (hasErrors(diagnostics) || !compilation.internal || !compilation.public) {
    io.stderr(formatReport(diagnostics, { format: 'text', color: io.color, verbose: request.verbose, cwd: io.cwd }));
    io.stderr('誤りがあるため出力しませんでした。以前の出力はそのままです。\n');
    return { code: 1, files };
  }
  const problems = diagnostics.filter((d) => d.severity !== 'info');
  if (problems.length > 0) io.stderr(formatReport(problems, { format: 'text', color: io.color, verbose: false, cwd: io.cwd }));
  const info = await buildInfo(request.dir, compilation.manifest!, io.env, revision);
  const size = [...files.sources.values()].reduce((n, f) => n + Buffer.byteLength(f.value), 0);
  if (size > THREAD_LIMIT && state.thread) {
    await state.thread.close();
    state.thread = undefined;
  }
  const { thread } = state;
  const outputs = await renderOutputs({ internal: compilation.internal, public: compilation.public }, request.formats, info, state.memo, thread);
  outputs.set('build.json', toBuildRecord(outputs, info));
  // The folder's name and a lock file's host name are printed: their control characters as escapes.
  const notice = (text: string) => io.stderr(`${visibleControls(text.replace(/\n$/, ''))}\n`);
  await writeTree(resolve(io.cwd, request.out), outputs, { shown: request.out, notice });
  io.stdout(`${outputs.size} 個のファイルを ${visibleControls(request.out)} に出力しました。\n`);
  return { code: 0, files };
}
