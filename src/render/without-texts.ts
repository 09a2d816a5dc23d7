import type { Policy, PolicyDocument } from '../model/types.js';

/**
 * The edition with its documents' text left out, but `kept`'s: what names, numbers and links
 * documents (ids, titles, numbering, visibility, output settings). A document's renderer sees
 * its edition so (it can name and link the other documents but not print them), which is what
 * makes memos keyed by this sound.
 */
export function withoutTexts(policy: Policy, kept?: PolicyDocument): Policy {
  return { ...policy, documents: policy.documents.map((d) => (d === kept ? d : { ...d, children: [] })) };
}
