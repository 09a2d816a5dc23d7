// The second thread of a build: renders the formats it is sent — the DOCX, the costliest — while
// the main thread renders the others. It keeps its own memo for the rebuilds of
// `hoshin build --watch`.
import { parentPort } from 'node:worker_threads';
import type { Policy } from '../model/types.js';
import type { BuildInfo } from '../render/build-info.js';
import { createRenderMemo, renderAll } from '../render/render-all.js';

export interface RenderRequest {
  editions: { internal: Policy; public: Policy };
  formats: string[];
  info: BuildInfo;
  memo: boolean;
}

/** Answers each request with the files it renders; `rendered` is called after each, before the reply. */
export function serveRenders(rendered: () => void): void {
  const memo = createRenderMemo();
  parentPort?.on('message', async (request: RenderRequest) => {
    try {
      const files = await renderAll(request.editions, request.formats, request.info, request.memo ? memo : undefined);
      rendered();
      // Copied, not transferred: the memo keeps these bytes for the next rebuild.
      parentPort!.postMessage({ files: [...files] });
    } catch (error) {
      parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
  });
}
