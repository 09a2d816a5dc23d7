import { Zip, type ZipInputFile } from 'fflate';
import { deflateText } from './deflate-text.js';

/**
 * A zip of texts (as UTF-8), in the order given, every entry deflated (deflateText) and dated
 * `mtime` (local time, as zip stores it). fflate's streaming Zip takes the deflated bytes as they
 * are; it writes each entry's CRC and sizes after its data, as streaming zips do.
 */
export function zipEntries(entries: ReadonlyArray<readonly [string, string]>, mtime: Date): Uint8Array {
  const out: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else out.push(chunk);
  });
  for (const [filename, text] of entries) {
    const { chunks, size, crc } = deflateText(text);
    const file: ZipInputFile = { filename, size, crc, compression: 8, mtime };
    zip.add(file);
    chunks.forEach((chunk, i) => file.ondata!(null, chunk, i === chunks.length - 1));
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(out);
}
