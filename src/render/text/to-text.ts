import { toPlainText } from '../../model/to-plain-text.js';
import type { Block, Policy, PolicyDocument } from '../../model/types.js';
import { toFrontMatter } from '../front-matter.js';
import { markedInternal } from '../marked-internal.js';
import { toGrid } from '../table-grid.js';

interface State {
  policy: Policy;
  document: PolicyDocument;
  indent: string;
  parent?: Block;
}

type Handler<T extends Block['type']> = (block: Extract<Block, { type: T }>, state: State) => string[];

const INDENT = '\u3000';

function labelled(label: string, gap: string, text: string): string {
  return label === '' ? text : `${label}${gap}${text}`;
}

function blocks(children: readonly Block[], state: State): string[] {
  const out: string[] = [];
  for (const child of children) {
    const lines = handlers[child.type](child as never, state);
    if (markedInternal(state.policy, state.document, child, state.parent)) {
      out.push(`${state.indent}〔非公開〕`, ...lines, `${state.indent}〔非公開ここまで〕`);
    } else out.push(...lines);
  }
  return out;
}

const handlers: { [T in Block['type']]: Handler<T> } = {
  section(section, state) {
    const style = state.document.numbering;
    const heading = toPlainText(section.heading);
    const inner = { ...state, parent: section };
    if (section.caption) {
      // 例規: （見出し） on its own line, then 第1条 followed by the first 項 on the same line.
      const [first, ...rest] = section.children;
      const body = first?.type === 'paragraph' ? toPlainText(first.children) : undefined;
      const lines = [`${state.indent}（${heading}）`, state.indent + labelled(section.label.text, style.gap, body ?? '')];
      return ['', ...lines, ...blocks(body === undefined ? section.children : rest, inner)];
    }
    return ['', state.indent + labelled(section.label.text, style.gap, heading), ...blocks(section.children, inner)];
  },
  paragraph(paragraph, state) {
    const text = toPlainText(paragraph.children);
    return [state.indent + labelled(paragraph.label?.text ?? '', state.document.numbering.gap, text)];
  },
  list(list, state) {
    return blocks(list.children, { ...state, parent: list });
  },
  item(item, state) {
    const gap = item.level >= 0 ? state.document.numbering.gap : '';
    const [first, ...rest] = item.children;
    const lead = first?.type === 'paragraph' ? toPlainText(first.children) : '';
    const tail = first?.type === 'paragraph' ? rest : item.children;
    return [state.indent + labelled(item.label.text, gap, lead), ...blocks(tail, { ...state, indent: state.indent + INDENT, parent: item })];
  },
  table(table, state) {
    // Covered positions of merged cells stay empty, so every cell keeps its column.
    const rows = toGrid(table).map((row) => state.indent + row.map((slot) => (slot.origin ? toPlainText(slot.cell.children).replace(/\n/g, ' ') : '')).join('\t'));
    return table.caption ? [state.indent + table.caption, ...rows] : rows;
  },
  code(code, state) {
    return code.value.split('\n').map((line) => state.indent + line);
  },
  quote(quote, state) {
    return blocks(quote.children, { ...state, indent: state.indent + INDENT, parent: quote });
  },
  rule(_rule, state) {
    return [state.indent + '―'.repeat(10)];
  },
};

/** The plain text a reader sees: cover lines, title, then every block with its number. */
export function toText(policy: Policy, document: PolicyDocument): string {
  const front = toFrontMatter(policy, document);
  const head = [front.org, front.collection, front.coverTitle, ...front.dates, '', front.title];
  const body = blocks(document.children, { policy, document, indent: '' });
  return [...head, ...body].join('\n').replace(/\n{3,}/g, '\n\n') + '\n';
}
