/** A run of whole lines of a Markdown file that parses the same alone as in its file. */
export interface Chunk {
  text: string;
  /** 1-based line and 0-based offset of the chunk's first character in the file. */
  line: number;
  offset: number;
}

// Constructs whose meaning reaches across the whole file (reference and footnote definitions),
// whose end the line scan below does not follow (HTML blocks that may span blank lines), and
// fences or containers not in column 1, which may belong to a list item that ends without them:
// a file holding any of them is one chunk.
const WHOLE_FILE = /^ {0,3}\[[^\]\n]*\]:|<!--|<\?|<!\[|<(?:script|pre|style|textarea)\b|^[ \t]+(?:`{3,}|~{3,}|:{3,})/im;
const FENCE_OPEN = /^(`{3,}(?=[^`]*$)|~{3,})/;
const CONTAINER = /^(:{3,})\s*([A-Za-z][\w-]*)?/;
const HEADING = /^#{1,6}(?:[ \t]|$)/;

/**
 * Split a Markdown file before top-level ATX headings, so that an edit re-parses only the part
 * it touched. A split is made only where CommonMark ends every open block anyway: at a heading
 * in column 1, after a blank line, outside fenced code and `:::` containers (both tracked in
 * column 1 only). Files with
 * definitions or multi-line HTML stay whole. Splitting is an optimisation: parsing the chunks
 * and shifting their positions gives the tree of the whole file (test/parse-chunks.test.ts).
 */
export function toChunks(text: string): Chunk[] {
  if (WHOLE_FILE.test(text)) return [{ text, line: 1, offset: 0 }];
  const chunks: Chunk[] = [];
  let start = { line: 1, offset: 0 };
  let fence: { char: string; length: number } | undefined;
  let containers: number[] = [];
  let previousBlank = true;
  let offset = 0;
  let line = 1;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline + 1;
    const content = text.slice(offset, newline === -1 ? end : newline).replace(/\r$/, '');
    if (fence) {
      const close = new RegExp(`^${fence.char === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
      if (close.test(content)) fence = undefined;
    } else if (FENCE_OPEN.test(content)) {
      const marks = FENCE_OPEN.exec(content)![1];
      fence = { char: marks[0], length: marks.length };
    } else if (CONTAINER.test(content)) {
      const [, colons, name] = CONTAINER.exec(content)!;
      if (name) containers.push(colons.length);
      else if (/^:{3,}[ \t]*$/.test(content) && containers.length > 0) {
        // A closing fence closes the innermost container it is long enough for.
        let at = containers.length - 1;
        while (at >= 0 && colons.length < containers[at]) at--;
        if (at >= 0) containers = containers.slice(0, at);
      }
    } else if (previousBlank && containers.length === 0 && HEADING.test(content) && offset > start.offset) {
      chunks.push({ text: text.slice(start.offset, offset), ...start });
      start = { line, offset };
    }
    previousBlank = content.trim() === '';
    offset = end;
    line += 1;
  }
  chunks.push({ text: text.slice(start.offset), ...start });
  return chunks;
}
