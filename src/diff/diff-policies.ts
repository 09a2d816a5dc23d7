import type { Policy } from '../model/types.js';
import type { Manifest } from '../validate/manifest.js';
import { diffDocument } from './diff-document.js';
import { diffMeta } from './diff-meta.js';
import type { ChangeSet } from './types.js';

/** Two compiled revisions (internal editions) → the change set, documents matched by id. */
export function diffPolicies(old: { policy: Policy; manifest: Manifest }, now: { policy: Policy; manifest: Manifest }): ChangeSet {
  const ids = [...new Set([...now.policy.documents.map((d) => d.id), ...old.policy.documents.map((d) => d.id)])];
  return {
    meta: diffMeta(old.manifest, now.manifest),
    documents: ids.map((id) => diffDocument(old.policy.documents.find((d) => d.id === id), now.policy.documents.find((d) => d.id === id))),
  };
}
