import type { Policy } from '../model/types.js';
import { RENDERERS } from './registry.js';

/**
 * Every output file of a build, keyed by its path in the output folder: public documents from the
 * public edition into public/, all documents from the internal edition into internal/.
 */
export function renderAll(editions: { internal: Policy; public: Policy }, formats: readonly string[]): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  for (const edition of ['public', 'internal'] as const) {
    const policy = editions[edition];
    for (const document of policy.documents) {
      for (const format of formats) {
        const renderer = RENDERERS[format];
        files.set(`${edition}/${document.id}.${renderer.extension}`, renderer.render(policy, document));
      }
    }
  }
  return files;
}
