/** A run of whole lines of a Markdown file that parses the same alone as in its file. */
export interface Chunk {
  text: string;
  /** 1-based line and 0-based offset of the chunk's first character in the file. */
  line: number;
  offset: number;
}

// What the line scan below does not follow, so a file holding any of it is one chunk:
// - definitions (`[x]:`, `[^x]:`), whose meaning reaches across the whole file, wherever they stand;
// - HTML blocks of all seven kinds (a line that starts with `<` after any indentation, `>` or list
//   marker): their end is a marker or a blank line, and fences or `:::` inside them are text;
// - fences and containers that do not start in column 1 (indented, in a blockquote or list item);
// - a `:::` line in column 1 that is neither a plain opener (`:::name`) nor a closer;
// - a lone CR, which CommonMark reads as a line end but the scan does not.
const WHOLE_FILE = [
  /\]:/,
  /^(?:[ \t>]|[-+*][ \t]|\d{1,9}[.)][ \t])*</m,
  /^(?:[ \t>]|[-+*][ \t]|\d{1,9}[.)][ \t])+(?:`{3,}|~{3,}|:{3,})/m,
  /^:{3,}(?![A-Za-z][\w-]*[ \t]*$|[ \t]*$)/m,
  /\r(?!\n)/,
];
const FENCE_OPEN = /^(`{3,}(?=[^`]*$)|~{3,})/;
const CONTAINER_OPEN = /^(:{3,})[A-Za-z]/;
const CONTAINER_CLOSE = /^(:{3,})[ \t]*$/;
const HEADING = /^#{1,6}(?:[ \t]|$)/;

/**
 * Split a Markdown file before top-level ATX headings, so that an edit re-parses only the part
 * it touched. A split is made only where CommonMark ends every open block anyway: at a heading
 * in column 1, after a blank line, outside fenced code and `:::` containers (tracked in column 1,
 * as micromark reads them: a closing `:::` closes the outermost container it is long enough for,
 * with the fenced code inside). Files with what the scan does not follow (WHOLE_FILE) stay whole.
 * Splitting is an optimisation: parsing the chunks and shifting their positions gives the tree of
 * the whole file (test/parse-chunks.test.ts, test/parse-cache-invisible.test.ts).
 */
export function toChunks(text: string): Chunk[] {
  if (WHOLE_FILE.some((pattern) => pattern.test(text))) return [{ text, line: 1, offset: 0 }];
  const chunks: Chunk[] = [];
  let start = { line: 1, offset: 0 };
  let fence: RegExp | undefined;
  let containers: number[] = [];
  let previousBlank = true;
  let offset = 0;
  let line = 1;
  while (offset < text.length) {
    const newline = text.indexOf('\n', offset);
    const end = newline === -1 ? text.length : newline + 1;
    const content = text.slice(offset, newline === -1 ? end : newline).replace(/\r$/, '');
    const close = containers.length > 0 ? CONTAINER_CLOSE.exec(content) : null;
    const closes = close ? containers.findIndex((length) => length <= close[1].length) : -1;
    if (closes >= 0) {
      containers = containers.slice(0, closes);
      fence = undefined;
    } else if (fence) {
      if (fence.test(content)) fence = undefined;
    } else if (FENCE_OPEN.test(content)) {
      const marks = FENCE_OPEN.exec(content)![1];
      fence = new RegExp(`^\\${marks[0]}{${marks.length},}[ \\t]*$`);
    } else if (CONTAINER_OPEN.test(content)) {
      containers.push(CONTAINER_OPEN.exec(content)![1].length);
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
