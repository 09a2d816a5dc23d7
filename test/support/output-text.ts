import { strFromU8, unzipSync } from 'fflate';
import type { Output } from '../../src/render/build-info.js';

/**
 * The text a reader could get out of an output file, whatever its format: DOCX parts are unzipped
 * and every word/*.xml and docProps part concatenated, so a leak anywhere in the package is seen.
 */
export function outputText(path: string, content: Output): string {
  if (!path.endsWith('.docx')) return typeof content === 'string' ? content : Buffer.from(content).toString('utf8');
  const parts = unzipSync(typeof content === 'string' ? Buffer.from(content) : content);
  return Object.entries(parts)
    .filter(([name]) => name.endsWith('.xml') || name.endsWith('.rels'))
    .map(([, bytes]) => strFromU8(bytes))
    .join('\n');
}
