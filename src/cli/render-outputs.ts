import type { BuildInfo, Output } from '../render/build-info.js';
import { renderAll, type Editions, type RenderMemo } from '../render/render-all.js';
import { RENDERERS } from '../render/registry.js';
import { toRenderRequest } from './render-request.js';
import type { RenderThread } from './render-thread.js';

// The DOCX writer takes about as long as all the other formats together: it goes to the thread.
const AWAY = 'docx';

/**
 * renderAll, with the DOCX rendered in a second thread when there is one: the same files in the
 * same order as renderAll gives (build.json lists them in it).
 */
export async function renderOutputs(
  editions: Editions,
  formats: readonly string[],
  info: BuildInfo,
  memo: RenderMemo | undefined,
  thread: RenderThread | undefined,
): Promise<Map<string, Output>> {
  if (!thread || !formats.includes(AWAY) || formats.length === 1) return renderAll(editions, formats, info, memo);
  const { request, hashes } = toRenderRequest(editions, [AWAY], info, memo ? thread.held : undefined);
  const [there, here] = await Promise.all([thread.render(request), renderAll(editions, formats.filter((f) => f !== AWAY), info, memo, hashes)]);
  const files = new Map<string, Output>();
  for (const edition of ['public', 'internal']) {
    for (const format of formats) {
      const from = format === AWAY ? there : here;
      const extension = `.${RENDERERS[format].extension}`;
      for (const [path, output] of from) if (path.startsWith(`${edition}/`) && path.endsWith(extension)) files.set(path, output);
    }
  }
  return files;
}
