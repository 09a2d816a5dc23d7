import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Block } from '../../model/types.js';
import { markedInternal } from '../marked-internal.js';
import { inlineToHast, type InlineContext } from './inline-to-hast.js';
import { tableToHast } from './table-to-hast.js';

export interface BlockState extends InlineContext {
  /** Heading rank a section at this level gets (the document title is h1). */
  rank: number;
  parent?: Block;
  /** Writes the blocks of a section, as blocksToHast would: the page remembers them (to-html.ts). */
  sectionBlocks?: (blocks: readonly Block[], state: BlockState) => ElementContent[];
}

type Handler<T extends Block['type']> = (block: Extract<Block, { type: T }>, state: BlockState) => ElementContent[];

// A line break between blocks keeps the served source readable and diffs of it small.
const NEWLINE: ElementContent = { type: 'text', value: '\n' };

/** Number, gap and text as the txt output prints them, in spans the style sheet hangs. */
function labelled(label: string, gap: string, text: ElementContent[]): ElementContent[] {
  if (label === '') return text;
  return [h('span', { className: ['label'] }, label + gap), h('span', { className: ['text'] }, text)];
}

/** Internal content of a public document, in the internal edition: boxed and labelled. */
function markInternal(block: Block, nodes: ElementContent[]): ElementContent[] {
  const mark = (tag: string) => h(tag, { className: ['internal-mark'] }, '〔非公開〕');
  const [item] = nodes;
  if (block.type === 'item' && item?.type === 'element') {
    // An <li> cannot be wrapped in a <div> inside its list: mark the item itself.
    item.properties.className = [...((item.properties.className as string[]) ?? []), 'internal'];
    const body = item.children.find((c): c is Element => c.type === 'element' && c.tagName === 'div');
    body?.children.unshift(mark('span'), h('br'));
    return nodes;
  }
  return [h('div', { className: ['internal'] }, [mark('p'), ...nodes])];
}

export function blocksToHast(children: readonly Block[], state: BlockState): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    // The public edition has no internal blocks; skipping them here too keeps a model bug from leaking.
    if (state.policy.edition === 'public' && child.visibility === 'internal') continue;
    const nodes = handlers[child.type](child as never, state);
    out.push(...(markedInternal(state.policy, state.document, child, state.parent) ? markInternal(child, nodes) : nodes), NEWLINE);
  }
  return out;
}

const handlers: { [T in Block['type']]: Handler<T> } = {
  section(section, state) {
    const tag = `h${Math.min(state.rank, 6)}`;
    const gap = state.document.numbering.gap;
    const inner: BlockState = { ...state, rank: state.rank + 1, parent: section };
    const blocks = state.sectionBlocks ?? blocksToHast;
    const heading = inlineToHast(section.heading, state);
    if (section.caption) {
      // 例規: （見出し） above a line that starts with 第1条 and goes on with the first 項.
      const [first, ...rest] = section.children;
      const lead = first?.type === 'paragraph' && !markedInternal(state.policy, state.document, first, section) ? first : undefined;
      const number = section.label.text === '' ? [] : [h('span', { className: ['label'] }, section.label.text), { type: 'text' as const, value: lead ? gap : '' }];
      return [
        h('section', { className: ['section', 'article-section'] }, [
          h(tag, { id: section.id, className: ['caption'] }, ['（', ...heading, '）']),
          h('p', { id: lead?.id, className: ['article'] }, [...number, ...(lead ? inlineToHast(lead.children, state) : [])]),
          NEWLINE,
          ...blocks(lead ? rest : section.children, inner),
        ]),
      ];
    }
    const hang = section.label.text === '' ? undefined : ['hang'];
    return [h('section', { className: ['section'] }, [h(tag, { id: section.id, className: hang }, labelled(section.label.text, gap, heading)), NEWLINE, ...blocks(section.children, inner)])];
  },
  paragraph(paragraph, state) {
    const label = paragraph.label?.text ?? '';
    const text = inlineToHast(paragraph.children, state);
    if (label === '') return [h('p', { id: paragraph.id }, text)];
    // 項 and other numbered paragraphs: number, gap, text; wrapped lines one character in.
    return [h('p', { id: paragraph.id, className: ['clause'] }, [h('span', { className: ['label'] }, label), state.document.numbering.gap, ...text])];
  },
  list(list, state) {
    return [h(list.ordered ? 'ol' : 'ul', { className: ['list'] }, [NEWLINE, ...blocksToHast(list.children, { ...state, parent: list })])];
  },
  item(item, state) {
    const gap = item.level >= 0 ? state.document.numbering.gap : '';
    const body = h('div', { className: ['item-body'] }, blocksToHast(item.children, { ...state, parent: item }));
    const label = item.label.text === '' ? [] : [h('span', { className: ['label'] }, item.label.text + gap)];
    return [h('li', { id: item.id, className: ['item', 'hang'] }, [...label, body])];
  },
  table(table, state) {
    return [tableToHast(table, state)];
  },
  code(code) {
    const language = code.lang?.replace(/[^\w-]/g, '');
    return [h('pre', [h('code', { className: language ? [`language-${language}`] : undefined }, code.value)])];
  },
  quote(quote, state) {
    return [h('blockquote', blocksToHast(quote.children, { ...state, parent: quote }))];
  },
  rule() {
    return [h('hr')];
  },
};
