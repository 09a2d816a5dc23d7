// The entry of bundle/hoshin.cjs (scripts/bundle.mjs): what boot.ts takes from it.
import type { CliBundle } from './boot.js';

export { main } from './main.js';

/** Renders what the main thread sends, in the render thread; the renderers load on first use. */
export const serveRenders: CliBundle['serveRenders'] = (rendered) => void import('./render-worker.js').then((worker) => worker.serveRenders(rendered));
