// Where a long text is cut for deflating in pieces: after a paragraph end chosen by the text
// just before it (content-defined chunking), so an edit changes the pieces around it and no
// others — every later cut stays where it was, even when the text before it grew or shrank.

/** The end of a WordprocessingML paragraph: the cuts fall right after one. */
const MARK = '</w:p>';
/** Characters before a mark that choose whether to cut there. */
const WINDOW = 64;
/** One in this many marks is a cut: about 16 KB of XML between cuts. */
const ONE_IN = 64;
/** No cut closer than this to the last one; past the longest a piece gets cut at the next mark. */
const SHORTEST = 4096;
const LONGEST = 256 * 1024;

/** FNV-1a over the `WINDOW` characters that end at `end`. */
function windowHash(text: string, end: number): number {
  let h = 0x811c9dc5;
  for (let i = Math.max(0, end - WINDOW); i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The text in pieces that join to it again; a text without marks, or a short one, is one piece. */
export function toSegments(text: string): string[] {
  const pieces: string[] = [];
  let start = 0;
  for (let at = text.indexOf(MARK, SHORTEST); at >= 0; at = text.indexOf(MARK, at + 1)) {
    const end = at + MARK.length;
    if (end - start < SHORTEST) continue;
    if (end - start >= LONGEST || windowHash(text, end) % ONE_IN === 0) {
      pieces.push(text.slice(start, end));
      start = end;
    }
  }
  if (start < text.length || pieces.length === 0) pieces.push(text.slice(start));
  return pieces;
}
