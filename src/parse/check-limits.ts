import { diagnostic, type Diagnostic } from '../diagnostic.js';

/**
 * Limits no policy comes near: hoshin's one container is `:::internal`, whose nesting means nothing
 * past one level (and micromark parses each level's content again: 1,000 levels took 36 s), and
 * Word shows at most 63 table columns (5,000 took 13 s and 530 MB).
 */
export const MAX_DIRECTIVE_DEPTH = 16;
export const MAX_TABLE_COLUMNS = 1000;
/**
 * Blockquotes and list items around one line. The model's walks recurse once a level: 2,000
 * `>` or 5,000 `- ` on one line (10 KB) overflowed the stack, and micromark took 43 s over the
 * second. A policy nests lists as deep as its numbering (9 levels at most), quotes once or twice.
 */
export const MAX_BLOCK_DEPTH = 64;
/**
 * Links (`](`) and inline `:internal[` in one file. micromark keeps ≈ 20 KB of events and nodes
 * for each while it parses a file (100,000 took 2.7 GB and 37 s of CPU); a 4 MB policy file of
 * ordinary text has a cross-reference every ≈ 600 bytes, ≈ 7,000.
 */
export const MAX_INLINE_MARKS = 20_000;
/**
 * Brackets `[` and emphasis delimiter runs (`*`, `_`) in one paragraph. micromark matches them
 * against each other, and nested ones cost it the square of their number: `*a ` × 2,000 then
 * ` a*` × 2,000 took 4.3 s (4,000 overflowed the stack), `![a` × 2,000 then `](x)` × 2,000 20 s.
 * A paragraph of a policy holds a few dozen at the most.
 */
export const MAX_PARAGRAPH_BRACKETS = 200;
export const MAX_PARAGRAPH_EMPHASIS = 300;

// After what may stand before a block in a blockquote or list item.
const PREFIX = /^(?:[ \t>]|[-+*][ \t]|\d{1,9}[.)][ \t])*/;
const OPEN = /^(:{3,})[A-Za-z]/;
const CLOSE = /^(:{3,})[ \t]*$/;
// What surely starts a new paragraph (its own inline parse) when it leads a line: a blank line, an
// ATX heading, a list item that may interrupt a paragraph (a bullet, or an ordered one from 1),
// each no further in than 3 columns. A blockquote's `>` does not: its lines may continue one
// paragraph. Table rows are parsed one by one (see checkLimits).
const NEW_PARAGRAPH = /^(?:[ ]{0,3}(?:#{1,6}(?:[ \t]|$)|[-+*][ \t]+\S|1[.)][ \t]+\S)|[ \t]*$)/;
// A GFM delimiter row: cells of dashes with optional colons, between pipes.
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;

/**
 * Refuse, before parsing, Markdown that no policy writes and that would take micromark minutes or
 * gigabytes: more than MAX_INLINE_MARKS links and `:internal[` in a file, more than
 * MAX_PARAGRAPH_BRACKETS `[` or MAX_PARAGRAPH_EMPHASIS `*`/`_` runs in a paragraph, `:::` containers nested
 * deeper than MAX_DIRECTIVE_DEPTH, a table wider than MAX_TABLE_COLUMNS, blockquotes and lists
 * nested deeper than MAX_BLOCK_DEPTH.
 * The scan follows containers as micromark does (a closing `:::` closes the outermost container
 * it is long enough for) and counts a line inside fenced code too: it may refuse such text, never
 * let a deep nesting through.
 */
export function checkLimits(text: string, file: string): Diagnostic[] {
  const marks = tooManyMarks(text);
  if (marks !== undefined) {
    const line = text.slice(0, marks).split('\n').length;
    return [diagnostic({ file, line, column: marks - text.lastIndexOf('\n', marks - 1) }, 'error', 'inline-too-many', `リンクと :internal[…] が多すぎます（一つのファイルに ${MAX_INLINE_MARKS} 個まで）。ファイルを分けてください。`)];
  }
  const containers: number[] = [];
  let line = 0;
  let brackets = 0;
  let emphasis = 0;
  let inTable = false;
  for (const raw of text.split(/\r\n?|\n/)) {
    line += 1;
    // Counted over the lines of one paragraph as far as it can reach: more lines may join it
    // (lazy continuation), never fewer, so the count may be high, never low.
    const unquoted = raw.replace(/^(?:[ \t]*>)+/, '');
    inTable = inTable ? unquoted.includes('|') : DELIMITER_ROW.test(unquoted.trim());
    if (inTable || NEW_PARAGRAPH.test(unquoted)) brackets = emphasis = 0;
    brackets += raw.split('[').length - 1;
    emphasis += raw.match(/[*_]+/g)?.length ?? 0;
    if (brackets > MAX_PARAGRAPH_BRACKETS || emphasis > MAX_PARAGRAPH_EMPHASIS) {
      return [diagnostic({ file, line, column: 1 }, 'error', 'inline-too-many', `一つの段落の [ が ${MAX_PARAGRAPH_BRACKETS} 個、強調の * と _ が ${MAX_PARAGRAPH_EMPHASIS} か所を超えています。段落を分けてください。`)];
    }
    const prefix = PREFIX.exec(raw)![0];
    if (prefix.length > MAX_BLOCK_DEPTH && blockDepth(prefix) > MAX_BLOCK_DEPTH) {
      return [diagnostic({ file, line, column: 1 }, 'error', 'block-too-deep', `引用（>）と箇条書きの入れ子が深すぎます（${MAX_BLOCK_DEPTH} 段まで）。`)];
    }
    const content = raw.slice(prefix.length);
    if (!content.startsWith(':::') && !content.includes('-')) continue;
    const open = OPEN.exec(content);
    if (open) {
      containers.push(open[1].length);
      if (containers.length > MAX_DIRECTIVE_DEPTH) {
        return [diagnostic({ file, line, column: 1 }, 'error', 'directive-too-deep', `::: の入れ子が深すぎます（${MAX_DIRECTIVE_DEPTH} 段まで）。:::internal の中に :::internal を重ねる必要はありません。`)];
      }
      continue;
    }
    const close = CLOSE.exec(content);
    if (close) {
      const at = containers.findIndex((length) => length <= close[1].length);
      if (at >= 0) containers.length = at;
      continue;
    }
    if (DELIMITER_ROW.test(content) && content.split('|').filter((cell) => cell.includes('-')).length > MAX_TABLE_COLUMNS) {
      return [diagnostic({ file, line, column: 1 }, 'error', 'table-too-wide', `表の列が多すぎます（${MAX_TABLE_COLUMNS} 列まで）。表を分けてください。`)];
    }
  }
  return [];
}

/**
 * At most how many blockquotes and list items a line stands in, from what precedes its text:
 * each `>` and list marker is one, and each level of a list nested by indentation needs at least
 * two columns (a tab counts as four). It may overcount, never undercount.
 */
function blockDepth(prefix: string): number {
  const markers = prefix.match(/>|[-+*][ \t]|\d{1,9}[.)][ \t]/g) ?? [];
  const spaces = prefix.replace(/>|[-+*][ \t]|\d{1,9}[.)][ \t]/g, '');
  const columns = spaces.length + 3 * (spaces.match(/\t/g)?.length ?? 0);
  return markers.length + Math.floor(columns / 2);
}

/** Offset of the first link or `:internal[` past MAX_INLINE_MARKS, if there is one. */
function tooManyMarks(text: string): number | undefined {
  const pattern = /\]\(|:internal\[/g;
  let count = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (++count > MAX_INLINE_MARKS) return match.index;
  }
  return undefined;
}
