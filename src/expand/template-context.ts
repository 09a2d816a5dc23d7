import type { Manifest } from '../validate/manifest.js';

/**
 * The values `{{…}}` may name: the manifest as written, plus `revised` (the latest revision date)
 * and `document` (the document being expanded).
 */
export function toTemplateContext(manifest: Manifest, documentId: string): Record<string, unknown> {
  const document = manifest.documents.find((d) => d.id === documentId);
  const revisions = manifest.revisions ?? [];
  return {
    org: manifest.org,
    title: manifest.title ?? '情報セキュリティポリシー',
    adopted: manifest.adopted,
    revised: revisions.length > 0 ? revisions[revisions.length - 1].date : manifest.adopted,
    revisions,
    roles: manifest.roles ?? {},
    data: manifest.data ?? {},
    terms: manifest.terms ?? [],
    document: document ? { id: document.id, title: document.title, tier: document.tier } : {},
  };
}
