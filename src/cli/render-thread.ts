import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Output } from '../render/build-info.js';
import { requestHashes, type RenderRequest } from './render-request.js';

export interface RenderThread {
  render(request: RenderRequest): Promise<Map<string, Output>>;
  /** The documents (by hash) the thread kept from its last request, which it needs no more than named. */
  held: ReadonlySet<string>;
  close(): Promise<void>;
}

const SCRIPT = new URL('./render-worker.js', import.meta.url);

/**
 * A second thread to render in, started early so that it loads its code while the main thread
 * compiles the policy. None on a single core, with HOSHIN_WORKERS=0, or when hoshin runs from its
 * sources (tests), where there is no compiled worker script: the main thread then renders
 * everything itself, to the same bytes.
 */
export function startRenderThread(env: Record<string, string | undefined>, codeCache: boolean): RenderThread | undefined {
  if (env.HOSHIN_WORKERS === '0' || availableParallelism() < 2 || !existsSync(fileURLToPath(SCRIPT))) return undefined;
  const worker = new Worker(SCRIPT, { workerData: { codeCache } });
  worker.unref();
  let failure: Error | undefined;
  let held = new Set<string>();
  worker.on('error', (error) => (failure = error));
  return {
    get held() {
      return held;
    },
    render(request) {
      if (failure) return Promise.reject(failure);
      // What this request names is what the thread keeps, once it has answered; nothing if it fails.
      const hashes = requestHashes(request);
      const next = new Set(hashes ? [...hashes.internal, ...hashes.public] : []);
      held = new Set();
      // Held while it renders (the process waits for it), let go while it idles between rebuilds.
      worker.ref();
      return new Promise<Map<string, Output>>((resolve, reject) => {
        const onError = (error: Error) => reject(error);
        worker.once('error', onError);
        worker.once('message', (reply: { files?: Array<[string, Output]>; error?: string }) => {
          worker.off('error', onError);
          if (reply.error !== undefined || !reply.files) reject(new Error(reply.error));
          else {
            held = next;
            resolve(new Map(reply.files));
          }
        });
        worker.postMessage(request);
      }).finally(() => worker.unref());
    },
    close: async () => void (await worker.terminate()),
  };
}
