import { diagnostic, type Diagnostic } from '../diagnostic.js';

/**
 * Past these, micromark's cost grows with the square of the input (each `:::` level parses its
 * content again; a table row's cells are resolved one by one against the row), and no policy comes
 * near them: hoshin's one container is `:::internal`, whose nesting means nothing past one level,
 * and Word shows at most 63 table columns.
 */
export const MAX_DIRECTIVE_DEPTH = 16;
export const MAX_TABLE_COLUMNS = 1000;

// After what may stand before a block in a blockquote or list item.
const PREFIX = /^(?:[ \t>]|[-+*][ \t]|\d{1,9}[.)][ \t])*/;
const OPEN = /^(:{3,})[A-Za-z]/;
const CLOSE = /^(:{3,})[ \t]*$/;
// A GFM delimiter row: cells of dashes with optional colons, between pipes.
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)+\|?[ \t]*$/;

/**
 * Refuse, before parsing, Markdown that no policy writes and that would take micromark minutes:
 * `:::` containers nested deeper than MAX_DIRECTIVE_DEPTH, a table wider than MAX_TABLE_COLUMNS.
 * The scan follows containers as micromark does (a closing `:::` closes the outermost container
 * it is long enough for) and counts a line inside fenced code too: it may refuse such text, never
 * let a deep nesting through.
 */
export function checkLimits(text: string, file: string): Diagnostic[] {
  const containers: number[] = [];
  let line = 0;
  for (const raw of text.split(/\r\n?|\n/)) {
    line += 1;
    const content = raw.slice(PREFIX.exec(raw)![0].length);
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
