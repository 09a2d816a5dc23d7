import type { Fragment } from './body-writer.js';
import type { FileContext } from './file-context.js';
import { fragmentBytes } from './fragment-bytes.js';

const utf8 = new TextEncoder();

/** A fragment's XML in one file, as UTF-8 chunks: its holes filled in from the file's context, in document order. */
export function writeFragment(fragment: Fragment, file: FileContext, chunks: Uint8Array[]): void {
  for (const part of fragmentBytes(fragment)) {
    if (part instanceof Uint8Array) chunks.push(part);
    else {
      const xml = part(file);
      if (xml !== '') chunks.push(utf8.encode(xml));
    }
  }
}
