import type { Diagnostic } from '../diagnostic.js';
import type { Manifest } from '../validate/manifest.js';
import { numberDocument } from './numbering/number-document.js';
import { toNumberingStyle } from './numbering/presets.js';
import { assignPublicIds } from './assign-public-ids.js';
import { resolveRefs } from './resolve-refs.js';
import { toEdition } from './to-edition.js';
import type { Block, Edition, Policy, PolicyDocument, Visibility } from './types.js';

const DEFAULT_VISIBILITY: Record<PolicyDocument['tier'], Visibility> = {
  basic: 'public',
  standards: 'internal',
  procedures: 'internal',
};

/**
 * The policy as one edition's readers get it: the public edition holds only public documents with
 * internal content removed; ids, numbers and cross-references are computed after that removal.
 */
export function toPolicy(manifest: Manifest, trees: ReadonlyMap<string, Block[]>, edition: Edition, diagnostics: Diagnostic[]): Policy {
  const documents: PolicyDocument[] = [];
  const renames = new Map<string, Map<string, string | undefined>>();
  for (const spec of manifest.documents) {
    const visibility = spec.visibility ?? DEFAULT_VISIBILITY[spec.tier];
    if (edition === 'public' && visibility === 'internal') continue;
    const numbering = toNumberingStyle(spec.numbering);
    const read = trees.get(spec.id) ?? [];
    const children = toEdition(read, edition);
    // Ids were derived from the whole text; the public edition's must come from public text only.
    if (edition === 'public') renames.set(spec.id, assignPublicIds(children, read));
    const problems = numberDocument(children, numbering, spec.sources[0] ?? '');
    // The internal edition holds every block, so its numbering problems are the complete set.
    if (edition === 'internal') diagnostics.push(...problems);
    documents.push({
      id: spec.id,
      tier: spec.tier,
      title: spec.title,
      coverTitle: spec.coverTitle ?? spec.title,
      visibility,
      numbering,
      sources: spec.sources,
      children,
    });
  }
  resolveRefs(documents, renames);
  return {
    edition,
    org: manifest.org,
    title: manifest.title ?? '情報セキュリティポリシー',
    adopted: manifest.adopted,
    revisions: manifest.revisions ?? [],
    roles: manifest.roles ?? {},
    documents,
    output: manifest.output ?? {},
  };
}
