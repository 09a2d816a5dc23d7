import type { BuildInfo, Output } from '../render/build-info.js';
import { renderAll, type Editions, type RenderMemo } from '../render/render-all.js';
import { RENDERERS } from '../render/registry.js';
import { toRenderRequest, type RenderRequest } from './render-request.js';
import type { RenderThread } from './render-thread.js';

// The DOCX writer takes about as long as all the other formats together: it goes to the thread.
const AWAY = 'docx';

// The thread works on a copy of the model, sent as JSON: past this much (what 1 MB of ordinary
// Markdown makes, as build-once.ts's limit) the copy costs more memory than the thread saves time.
// Markdown of many short blocks makes ten times more model: 10,000 headings in 300 KB make 12 MB,
// whose copy took 170 MB of peak RSS.
const COPY_LIMIT = 4.5 * 1024 * 1024;

const copySize = (request: RenderRequest) =>
  Object.values(request.editions).reduce((n, edition) => edition.documents.reduce((m, d) => m + (d.json?.length ?? 0), n), 0);

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
  if (copySize(request) > COPY_LIMIT) return renderAll(editions, formats, info, memo);
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
