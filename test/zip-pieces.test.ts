import { inflateRawSync } from 'node:zlib';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { rememberBlocks } from '../src/render/block-memo.js';
import { deflateText } from '../src/render/zip/deflate-text.js';
import { toSegments } from '../src/render/zip/to-segments.js';
import { zipEntries } from '../src/render/zip/zip-entries.js';

const utf8 = new TextDecoder();
const join = (chunks: Uint8Array[]) => Buffer.concat(chunks);

// WordprocessingML-like text: paragraphs of Japanese and ASCII, some alike, some not, so that
// pieces repeat and back-references cross piece boundaries.
const WORDS = ['本市は', '情報資産を', '適切に管理する。', 'CISO', '<w:r><w:t>', '</w:t></w:r>', '第１条', '&amp;', '🔒'];
const paragraph = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 40 }).map((w) => `<w:p>${w.join('')}</w:p>`);
const xml = fc.array(paragraph, { minLength: 0, maxLength: 600 }).map((ps) => ps.join(''));

/** A long body whose paragraphs all differ, as a real policy's do. */
function body(paragraphs: number, edit?: { at: number; text: string }): string {
  const out: string[] = [];
  for (let i = 0; i < paragraphs; i++) out.push(`<w:p><w:r><w:t>第${i}項 本市は情報資産${(i * 7919) % 1000}を管理する。</w:t></w:r></w:p>`);
  if (edit) out.splice(edit.at, 0, `<w:p><w:r><w:t>${edit.text}</w:t></w:r></w:p>`);
  return out.join('');
}

describe('deflating in pieces', () => {
  it('gives a stream that zlib and fflate inflate to the text, with its UTF-8 size and CRC-32', () => {
    fc.assert(
      fc.property(xml, (text) => {
        const { chunks, size, crc } = deflateText(text);
        const bytes = Buffer.from(text);
        expect(inflateRawSync(join(chunks)).equals(bytes)).toBe(true);
        expect(size).toBe(bytes.length);
        const zip = zipEntries([['word/document.xml', text]], new Date(2026, 3, 1));
        expect(utf8.decode(unzipSync(zip)['word/document.xml'])).toBe(text);
        // What zip tools check: the CRC-32 and sizes the entry records.
        expect(crc).toBe(Buffer.from(zip).readUInt32LE(zip.length - 22 - 46 - 'word/document.xml'.length + 16));
      }),
      { numRuns: 200 },
    );
  });

  it('cuts a long body into pieces that join to it again', () => {
    const text = body(3000);
    const pieces = toSegments(text);
    expect(pieces.length).toBeGreaterThan(5);
    expect(pieces.join('')).toBe(text);
    expect(toSegments('')).toEqual(['']);
  });

  it('keeps every piece away from an edit as it was, wherever the text before it moved', () => {
    const before = toSegments(body(3000));
    const after = toSegments(body(3000, { at: 1500, text: '追記した一文。' }));
    const kept = new Set(before);
    const changed = after.filter((p) => !kept.has(p));
    expect(after.length).toBeGreaterThan(10);
    expect(changed.length).toBeLessThanOrEqual(2);
  });

  it('gives the same bytes for the same text, whatever was deflated before, remembered or not', () => {
    const text = body(2000, { at: 10, text: '同じ入力' });
    const date = new Date(2026, 3, 1);
    const once = zipEntries([['a.xml', text]], date);
    // As in build --watch: pieces are remembered, and those of other texts fill the memo between.
    rememberBlocks(true);
    try {
      const first = zipEntries([['a.xml', text]], date);
      zipEntries([['b.xml', body(2000)], ['c.xml', body(2000, { at: 1000, text: '別の文' })]], date);
      const again = zipEntries([['a.xml', text]], date);
      expect(Buffer.from(first).equals(Buffer.from(once))).toBe(true);
      expect(Buffer.from(again).equals(Buffer.from(once))).toBe(true);
    } finally {
      rememberBlocks(false);
    }
  });
});
