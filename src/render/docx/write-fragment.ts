import type { Fragment } from './body-writer.js';
import type { FileContext } from './file-context.js';

/** A fragment's XML in one file, as strings: its holes filled in from the file's context, in document order. */
export function writeFragment(fragment: Fragment, file: FileContext, chunks: string[]): void {
  for (const part of fragment.parts) {
    if (typeof part === 'string') chunks.push(part);
    else {
      const xml = part(file);
      if (xml !== '') chunks.push(xml);
    }
  }
}
