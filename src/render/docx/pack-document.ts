import { Packer, type Document } from 'docx';
import type { BuildInfo } from '../build-info.js';
import { normalizePackage } from './normalize-package.js';

/** The .docx bytes of a document, normalized so that the same source always gives the same bytes. */
export async function packDocument(document: Document, info: BuildInfo): Promise<Uint8Array> {
  return normalizePackage(await Packer.toBuffer(document), info.date);
}
