import type { BlockContent, ListItem, PhrasingContent, Root, RootContent, TableRow } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import type { Block, Inline, Policy, PolicyDocument, Section } from '../../model/types.js';
import { toFrontMatter } from '../front-matter.js';
import { MERGE_UP } from '../../expand/prepare-table.js';
import { markedInternal } from '../marked-internal.js';
import { toGrid } from '../table-grid.js';
import { createBlockMemo, remembersBlocks } from '../block-memo.js';
import { plainHandlers } from './plain-handlers.js';
import { endsGroup, joinGroups, stringifyFlow, stringifyGroup } from './stringify-flow.js';

// remark-gfm and remark-directive contribute their serializers (tables, :::internal).
const processor = unified().use(remarkStringify, { bullet: '-', rule: '-', handlers: plainHandlers }).use(remarkGfm).use(remarkDirective).freeze();

interface State {
  policy: Policy;
  document: PolicyDocument;
  parent?: Block;
}

function inlines(nodes: readonly Inline[]): PhrasingContent[] {
  return nodes.flatMap((node): PhrasingContent[] => {
    switch (node.type) {
      case 'text':
        return [{ type: 'text', value: node.value }];
      case 'inlineCode':
        return [{ type: 'inlineCode', value: node.value }];
      case 'break':
        return [{ type: 'break' }];
      case 'emphasis':
      case 'strong':
      case 'delete':
        return [{ type: node.type, children: inlines(node.children) } as PhrasingContent];
      case 'link':
        return [{ type: 'link', url: node.url, children: inlines(node.children) }];
      case 'internalSpan':
        return [{ type: 'textDirective', name: 'internal', children: inlines(node.children) } as PhrasingContent];
      case 'ref': {
        const url = `${node.document}${node.id ? `#${node.id}` : ''}`;
        const children = node.children.length > 0 ? inlines(node.children) : [{ type: 'text' as const, value: node.label ?? '' }];
        return [{ type: 'link', url, children }];
      }
    }
  });
}

function prefixed(label: string, gap: string, rest: PhrasingContent[]): PhrasingContent[] {
  return label === '' ? rest : [{ type: 'text', value: `${label}${gap}` }, ...rest];
}

function sectionHeading(section: Section, state: State): RootContent {
  const heading = inlines(section.heading);
  const text: PhrasingContent[] = section.caption
    ? [{ type: 'text', value: `${section.label.text}（` }, ...heading, { type: 'text', value: '）' }]
    : prefixed(section.label.text, state.document.numbering.gap, heading);
  text.push({ type: 'text', value: ` {#${section.id}}` });
  return { type: 'heading', depth: Math.min(section.depth + 1, 6) as 1 | 2 | 3 | 4 | 5 | 6, children: text };
}

type Handler<T extends Block['type']> = (block: Extract<Block, { type: T }>, state: State) => RootContent[];

function blocks(children: readonly Block[], state: State): RootContent[] {
  return children.flatMap((child) => {
    const nodes = handlers[child.type](child as never, state);
    if (!markedInternal(state.policy, state.document, child, state.parent)) return nodes;
    return [{ type: 'containerDirective', name: 'internal', children: nodes as BlockContent[] } as RootContent];
  });
}

const handlers: { [T in Block['type']]: Handler<T> } = {
  section(section, state) {
    return [sectionHeading(section, state), ...blocks(section.children, { ...state, parent: section })];
  },
  paragraph(paragraph, state) {
    return [{ type: 'paragraph', children: prefixed(paragraph.label?.text ?? '', state.document.numbering.gap, inlines(paragraph.children)) }];
  },
  list(list, state) {
    return [{ type: 'list', ordered: false, spread: false, children: blocks(list.children, { ...state, parent: list }) as ListItem[] }];
  },
  item(item, state) {
    const children = blocks(item.children, { ...state, parent: item }) as BlockContent[];
    const first = children[0];
    // Bullets are the list marker itself; numbered items keep their rendered number as text.
    if (item.level >= 0 && first?.type === 'paragraph') first.children = prefixed(item.label.text, state.document.numbering.gap, first.children);
    return [{ type: 'listItem', spread: false, children } as ListItem];
  },
  table(table) {
    // A cell merged from above is written as hoshin's own `^^` marker, so the output reads back.
    const rows: TableRow[] = toGrid(table).map((row) => ({
      type: 'tableRow',
      children: row.map((slot) => ({ type: 'tableCell', children: slot.origin ? inlines(slot.cell.children) : [{ type: 'text', value: MERGE_UP }] })),
    }));
    const grid: RootContent = { type: 'table', align: table.align, children: rows };
    return table.caption ? [{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: table.caption }] }] }, grid] : [grid];
  },
  code(code) {
    return [{ type: 'code', lang: code.lang ?? null, value: code.value }];
  },
  quote(quote, state) {
    return [{ type: 'blockquote', children: blocks(quote.children, { ...state, parent: quote }) as BlockContent[] }];
  },
  rule() {
    return [{ type: 'thematicBreak' }];
  },
};

const stringify = (root: Root) => processor.stringify(root);

/** Blocks' Markdown as remark writes it in a document, and whether it ends with a list (endsGroup). */
interface Written {
  text: string;
  endsList: boolean;
}

const memo = createBlockMemo<Written>();

/** A section that starts with its heading (not framed as :::internal): a group may start there. */
const opensWithHeading = (block: Block, state: State): block is Section => block.type === 'section' && !markedInternal(state.policy, state.document, block, state.parent);

const writtenNodes = (nodes: RootContent[]): Written => ({ text: stringifyGroup(stringify, nodes), endsList: !endsGroup(nodes) });

/** A section (opensWithHeading), from what it gave in the same place before. */
function written(section: Section, state: State): Written {
  const render = (): Written => {
    const groups = flow(section.children, { ...state, parent: section }, [sectionHeading(section, state)]);
    return { text: joinGroups(groups.map((g) => g.text)), endsList: groups[groups.length - 1].endsList };
  };
  return memo(state.policy, state.document, section, render, String(state.parent?.visibility === 'internal'));
}

/**
 * Blocks, after the nodes `lead`, as groups of Markdown that remark joins with a blank line each
 * (stringifyFlow): each section apart (written), the blocks between them together. Blocks right
 * after a section that ends with a list are written together with it: remark alternates the
 * bullets of adjacent lists.
 */
function flow(children: readonly Block[], state: State, lead: RootContent[] = []): Written[] {
  const groups: Written[] = [];
  let nodes = lead;
  let section: Section | undefined;
  for (const child of children) {
    if (opensWithHeading(child, state)) {
      if (nodes.length > 0) groups.push(writtenNodes(nodes));
      nodes = [];
      groups.push(written(child, state));
      section = child;
      continue;
    }
    if (nodes.length === 0 && section && groups[groups.length - 1].endsList) {
      groups.pop();
      nodes = blocks([section], state);
    }
    nodes.push(...blocks([child], state));
    section = undefined;
  }
  if (nodes.length > 0) groups.push(writtenNodes(nodes));
  return groups;
}

/**
 * Normalized Markdown with numbers written out (remark's serializer), ids kept as `{#id}`. Where
 * blocks are remembered (remembersBlocks) each section is written apart, at every depth, so a
 * rebuild writes again only the sections that changed: the same text as remark writes for the
 * whole document at once (stringifyFlow).
 */
export function toMarkdown(policy: Policy, document: PolicyDocument): string {
  const front = toFrontMatter(policy, document);
  const title: RootContent[] = [
    { type: 'heading', depth: 1, children: [{ type: 'text', value: front.title }] },
    { type: 'paragraph', children: [{ type: 'text', value: [front.org, ...front.dates].join('　') }] },
  ];
  const state = { policy, document };
  if (!remembersBlocks()) return stringify({ type: 'root', children: [...title, ...blocks(document.children, state)] });
  return stringifyFlow(flow(document.children, state, title).map((g) => g.text));
}
