import type { Policy, PolicyDocument } from '../../model/types.js';
import type { BuildInfo } from '../build-info.js';
import { toPackage } from './ooxml/to-package.js';
import { toDocxParts } from './to-docx-parts.js';

/** One document as a .docx (toDocxParts); the same source always gives the same bytes. */
export async function toDocx(policy: Policy, document: PolicyDocument, info: BuildInfo): Promise<Uint8Array> {
  return toPackage(toDocxParts(policy, document, info), info.date);
}
