import { diagnostic, type Diagnostic, type Place } from '../../diagnostic.js';
import { walkBlocks } from '../../model/walk-blocks.js';
import { walkInlines } from '../../model/walk-inlines.js';
import type { Rule } from '../rule.js';

// What an author meant as `:internal[…]` or `:::internal` but hoshin reads as public text, compared
// after NFKC (full-width ：［ typed with an IME) and ignoring case: colons, `internal`, a bracket
// (`:internal［秘］`, `:INTERNAL[秘]`, `::internal[秘]`); or two or more colons (`::: internal`).
const SPAN_LIKE = /:+[ \t]*internal[ \t]*[[({【「]/i;
const FENCE_LIKE = /:{2,}[ \t]*internal/i;
// In a code block only a fence at the start of a line: an indented `:::internal` is a code block.
const FENCE_LINE = /^[ \t]*:{3,}[ \t]*internal/im;
// A closing `:::` read as text: its `:::internal` was lost (in an HTML block or comment, say), and
// the text between the two is public.
const STRAY_CLOSE = /^[ \t]*:{3,}[ \t]*$/m;

const ADVICE = '非公開にするなら、半角で文中は :internal[…]、段落は :::internal と ::: の行ではさんで書いてください。文字どおり書くなら `:internal` のようにコードにしてください。';

/** Where in `value` (starting at `at`) the match at `index` is: lines counted, columns roughly. */
function placeIn(at: Place, value: string, index: number): Place {
  const before = value.slice(0, index).split('\n');
  return before.length === 1 ? { ...at, column: at.column + index } : { ...at, line: at.line + before.length - 1, column: before.at(-1)!.length + 1 };
}

/**
 * Public text that looks like a mistyped internal marking is an error, not a warning: the text the
 * author meant to keep internal is published as it is (a bare `:internal` followed by ` [秘]` or
 * `(秘)` printed 秘 with the marking silently gone). Only public parts of public documents.
 */
export const internalSyntax: Rule = {
  id: 'internal-syntax',
  run({ internal }) {
    const diagnostics: Diagnostic[] = [];
    const report = (place: Place, message: string) => diagnostics.push(diagnostic(place, 'error', 'internal-syntax', message));
    for (const document of internal.documents) {
      if (document.visibility === 'internal') continue;
      walkInlines(document.children, (node, block, inInternalSpan) => {
        if (!node.position || inInternalSpan || block.visibility === 'internal') return;
        if (node.type === 'internalSpan' && node.children.length === 0) {
          report(node.position, `:internal の直後に [ ] で囲んだ文がありません（空白や別の括弧をはさむと、その文は公開されます）。${ADVICE}`);
        }
        if (node.type !== 'text') return;
        const text = node.value.normalize('NFKC');
        const match = SPAN_LIKE.exec(text) ?? FENCE_LIKE.exec(text);
        if (match) report(placeIn(node.position, text, match.index), `「${match[0]}」は非公開の指定になっておらず、この文は公開されます。${ADVICE}`);
        const stray = match ? null : STRAY_CLOSE.exec(text);
        if (stray) report(placeIn(node.position, text, stray.index + stray[0].indexOf(':')), `この「:::」に対応する :::internal がありません（HTML やコメントの中の :::internal は効きません）。その間の文は公開されます。${ADVICE}`);
      });
      walkBlocks(document.children, (block) => {
        if (block.visibility === 'internal' || !block.position) return;
        // A data table's caption (manifest or `caption="…"`) is printed as written.
        const caption = block.type === 'table' && block.caption !== undefined ? SPAN_LIKE.exec(block.caption.normalize('NFKC')) : null;
        if (caption) report(block.position, `表の題名の「${caption[0]}」は非公開の指定にならず、題名はそのまま公開されます。題名には公開してよい文だけを書き、表ごと非公開にするなら ::data-table を :::internal の中に置いてください。`);
        if (block.type !== 'code') return;
        const match = FENCE_LINE.exec(block.value.normalize('NFKC'));
        if (match) report(block.position, `コードブロックの中の「${match[0].trim()}」は非公開の指定にならず、中身は公開されます（字下げが 4 文字以上だとコードになります）。${ADVICE}`);
      });
    }
    return diagnostics;
  },
};
