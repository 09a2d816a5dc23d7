import { createHash } from 'node:crypto';
import { crc32 } from 'node:zlib';
import { Z_OK, Z_SYNC_FLUSH, ZStream, zlibDeflate, zlibDeflateInit2, zlibDeflateReset, zlibDeflateSetDictionary } from 'pako';
import { remembersBlocks } from '../block-memo.js';
import { toSegments } from './to-segments.js';

/** A text deflated for a zip entry: the raw DEFLATE stream, in pieces, with its size and CRC-32 as UTF-8. */
export interface Deflated {
  chunks: Array<Uint8Array<ArrayBuffer>>;
  size: number;
  crc: number;
}

// An empty final block (fixed Huffman codes, end of block at once): what ends a stream of pieces
// that each end in a sync flush.
const FINAL = Uint8Array.of(0x03, 0x00);
// DEFLATE looks back this far: the dictionary a piece is deflated with.
const WINDOW = 32 * 1024;
// What the memo may hold, in compressed bytes: several builds of a large policy's files.
const MEMO_BYTES = 32 * 1024 * 1024;

const utf8 = new TextEncoder();
/** Deflated pieces by the hashes of the piece before and the piece, oldest use first. */
const memo = new Map<string, Uint8Array<ArrayBuffer>>();
let held = 0;

// Level 3 (zlib's fast matching): in pieces it takes no longer than fflate's level 6 on the
// whole text did, for .docx files 20–30 % larger (docs/performance.md).
const LEVEL = 3;
/** One deflate stream, reset for each piece: zlib's tables are allocated once per thread. */
let stream: ZStream | undefined;

/**
 * One piece as a raw DEFLATE stream that ends byte-aligned and not final (a sync flush), so that
 * pieces deflated apart join into one valid stream. The piece before it is its dictionary: the
 * piece can refer back into it, as one stream would, and so compresses nearly as well.
 * pako is zlib ported to JavaScript: the same bytes on every machine, which Node's zlib (built
 * with whichever zlib each Node has) is not, and sync flushes that fflate's streams get wrong.
 */
function deflatePiece(text: string, before: string): Uint8Array<ArrayBuffer> {
  if (stream) zlibDeflateReset(stream);
  else zlibDeflateInit2((stream = new ZStream()), LEVEL, 8, -15, 8, 0);
  if (before !== '') zlibDeflateSetDictionary(stream, utf8.encode(before.slice(-WINDOW)).subarray(-WINDOW));
  const input = utf8.encode(text);
  // More than deflate can ever make of it, with the flush's marker: one call does it all.
  const output = new Uint8Array(input.length + (input.length >> 3) + 128);
  Object.assign(stream, { input, next_in: 0, avail_in: input.length, output, next_out: 0, avail_out: output.length });
  const status = zlibDeflate(stream, Z_SYNC_FLUSH);
  if (status !== Z_OK || stream.avail_in !== 0 || stream.avail_out === 0) throw new Error(`deflate: ${stream.msg || status}`);
  // A copy: the memo keeps it, and should not keep the whole output buffer.
  return output.slice(0, stream.next_out);
}

function remembered(key: string, text: string, before: string): Uint8Array<ArrayBuffer> {
  let piece = memo.get(key);
  if (piece) memo.delete(key);
  else {
    piece = deflatePiece(text, before);
    held += piece.length;
  }
  // Re-inserted: the Map's order is the order of last use.
  memo.set(key, piece);
  for (const [old, bytes] of memo) {
    if (held <= MEMO_BYTES) break;
    memo.delete(old);
    held -= bytes.length;
  }
  return piece;
}

/**
 * A text deflated in content-chosen pieces (toSegments). In a process that renders again and
 * again (remembersBlocks) each piece is remembered by its content and the piece before it, so a
 * file rebuilt after an edit deflates again only the pieces at the edit; a one-off build spares
 * the hashing. The bytes depend on the text alone, never on what the memo held.
 */
export function deflateText(text: string): Deflated {
  const pieces = toSegments(text);
  const hashes = remembersBlocks() ? pieces.map((piece) => createHash('sha1').update(piece).digest('base64url')) : undefined;
  const chunks = pieces.map((piece, i) => {
    const before = pieces[i - 1] ?? '';
    return hashes ? remembered(`${hashes[i - 1] ?? ''}/${hashes[i]}`, piece, before) : deflatePiece(piece, before);
  });
  chunks.push(FINAL);
  return { chunks, size: Buffer.byteLength(text), crc: crc32(text) };
}
