// The second thread of a build: renders the formats it is sent — the DOCX, the costliest — while
// the main thread renders the others. It keeps its own memo for the rebuilds of
// `hoshin build --watch`, and with it the documents the main thread then sends only by hash.
import { parentPort } from 'node:worker_threads';
import { createRenderMemo, renderAll } from '../render/render-all.js';
import { fromRenderRequest, type RenderRequest } from './render-request.js';

/** Answers each request with the files it renders; `rendered` is called after each, before the reply. */
export function serveRenders(rendered: () => void): void {
  const memo = createRenderMemo();
  parentPort?.on('message', async (request: RenderRequest) => {
    try {
      const { editions, hashes } = fromRenderRequest(request, memo);
      const files = await renderAll(editions, request.formats, request.info, request.memo ? memo : undefined, hashes);
      rendered();
      // Copied, not transferred: the memo keeps these bytes for the next rebuild.
      parentPort!.postMessage({ files: [...files] });
    } catch (error) {
      parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
  });
}
