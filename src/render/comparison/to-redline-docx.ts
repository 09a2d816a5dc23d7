import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import type { DocumentChange } from '../../diff/types.js';
import type { Policy, PolicyDocument } from '../../model/types.js';
import type { BuildInfo } from '../build-info.js';
import { normalizePackage } from '../docx/normalize-package.js';
import { toDocx } from '../docx/to-docx.js';
import { toRedlineModel } from './redline-model.js';
import { trackedChanges, type Reviser } from './tracked-changes.js';
import { TrackedMarks } from './tracked-marks.js';

/**
 * The redline: the new revision as the DOCX renderer draws it, with every change since the old
 * revision as a tracked change (w:ins / w:del) by `reviser`, so Word and LibreOffice can show,
 * accept or reject them. Same input, same bytes (the renderer's packing and normalization).
 */
export async function toRedlineDocx(policy: Policy, document: PolicyDocument, change: DocumentChange, info: BuildInfo, reviser: Reviser): Promise<Uint8Array> {
  const { document: marked, labels } = toRedlineModel(document, change);
  const rendered = await toDocx({ ...policy, documents: policy.documents.map((d) => (d.id === document.id ? marked : d)) }, marked, info);
  const parts = unzipSync(rendered);
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(parts)) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) {
      zippable[name] = data;
      continue;
    }
    let xml = strFromU8(data);
    if (name === 'word/document.xml') xml = trackedChanges(xml, labels, reviser);
    // Marks that reached other parts (none should) never leave the build.
    zippable[name] = strToU8(xml.replace(TrackedMarks.any, ''));
  }
  return normalizePackage(zipSync(zippable), info.date);
}
