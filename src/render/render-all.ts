import type { Policy } from '../model/types.js';
import type { BuildInfo, Output } from './build-info.js';
import { RENDERERS } from './registry.js';

/**
 * Every output file of a build, keyed by its path in the output folder: public documents from the
 * public edition into public/, all documents from the internal edition into internal/.
 */
export async function renderAll(editions: { internal: Policy; public: Policy }, formats: readonly string[], info: BuildInfo): Promise<Map<string, Output>> {
  const files = new Map<string, Output>();
  for (const edition of ['public', 'internal'] as const) {
    const policy = editions[edition];
    for (const format of formats) {
      const renderer = RENDERERS[format];
      for (const document of policy.documents) {
        files.set(`${edition}/${document.id}.${renderer.extension}`, await renderer.render(policy, document, info));
      }
      const extra = renderer.renderEdition ? await renderer.renderEdition(policy, info) : new Map<string, Output>();
      for (const [name, content] of extra) files.set(`${edition}/${name}`, content);
    }
  }
  return files;
}
