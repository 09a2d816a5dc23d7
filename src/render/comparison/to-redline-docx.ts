import type { DocumentChange } from '../../diff/types.js';
import type { Policy, PolicyDocument } from '../../model/types.js';
import type { BuildInfo } from '../build-info.js';
import { toPackage } from '../docx/ooxml/to-package.js';
import { toDocxParts } from '../docx/to-docx-parts.js';
import { toRedlineModel } from './redline-model.js';
import { trackedChanges, type Reviser } from './tracked-changes.js';
import { TrackedMarks } from './tracked-marks.js';

/**
 * The redline: the new revision as the DOCX renderer draws it, with every change since the old
 * revision as a tracked change (w:ins / w:del) by `reviser`, so Word and LibreOffice can show,
 * accept or reject them. Same input, same bytes.
 */
export async function toRedlineDocx(policy: Policy, document: PolicyDocument, change: DocumentChange, info: BuildInfo, reviser: Reviser): Promise<Uint8Array> {
  const { document: marked, labels } = toRedlineModel(document, change);
  const parts = toDocxParts({ ...policy, documents: policy.documents.map((d) => (d.id === document.id ? marked : d)) }, marked, info);
  for (const [name, xml] of parts) {
    const tracked = name === 'word/document.xml' ? trackedChanges(xml, labels, reviser) : xml;
    // Marks that reached other parts (none should) never leave the build.
    parts.set(name, tracked.replace(TrackedMarks.any, ''));
  }
  return toPackage(parts, info.date);
}
