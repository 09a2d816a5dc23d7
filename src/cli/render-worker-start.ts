// The render thread's script (bundle/render-worker.js, started by render-thread.ts): the same
// bundle as the CLI, with the code cache saved once the first render has compiled the renderers.
import { workerData } from 'node:worker_threads';
import { loadBundle } from './boot.js';

const { bundle, saveCodeCache } = loadBundle('render-worker', process.env, (workerData as { codeCache: boolean }).codeCache);
bundle.serveRenders(saveCodeCache);
