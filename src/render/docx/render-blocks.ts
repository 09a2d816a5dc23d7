import type { Block } from '../../model/types.js';
import { markedInternal } from '../marked-internal.js';
import { hangingIndent } from './hanging-indent.js';
import { inlineRuns } from './inline-runs.js';
import { internalFrame } from './internal-frame.js';
import { labelledRuns } from './labelled-runs.js';
import type { RenderState } from './render-state.js';
import { sectionBlock } from './section-block.js';
import { StyleId } from './style-ids.js';
import { tableBlock } from './table-block.js';

type Handler<T extends Block['type']> = (block: Extract<Block, { type: T }>, state: RenderState) => void;

const handlers: { [T in Block['type']]: Handler<T> } = {
  section(section, state) {
    sectionBlock(section, state, renderBlocks);
  },
  paragraph(paragraph, state) {
    const { setup } = state;
    const text = () => inlineRuns(paragraph.children, state);
    const label = paragraph.label?.text ?? '';
    if (label === '') {
      state.out.paragraph({ style: state.paragraphStyle, ...hangingIndent(setup, state.indent, 0, { firstLine: 1 }) }, () => labelledRuns(state, '', '', text, paragraph.id));
      return;
    }
    const gap = state.document.numbering.gap;
    const hang = state.reiki ? { ems: 1, tab: false } : state.hangs.paragraph();
    state.out.paragraph(hangingIndent(setup, state.indent, hang.ems, hang), () => labelledRuns(state, label, hang.tab ? { tab: true } : gap, text, paragraph.id));
  },
  list(list, state) {
    // 例規 号 stand one em in from their 条 or 項; elsewhere items start where paragraphs do.
    renderBlocks(list.children, { ...state, indent: state.reiki ? state.indent + 1 : state.indent, parent: list });
  },
  item(item, state) {
    const { setup } = state;
    const hang = state.reiki ? { ems: 1, tab: false } : state.hangs.item(item.level);
    // Bullets are followed by their text directly, as the txt rendering writes them.
    const gap = hang.tab ? { tab: true as const } : item.level >= 0 ? state.document.numbering.gap : '';
    const [first, ...rest] = item.children;
    const lead = first?.type === 'paragraph' && !markedInternal(state.policy, state.document, first, item) ? first : undefined;
    state.out.paragraph(hangingIndent(setup, state.indent, hang.ems, hang), () =>
      labelledRuns(state, item.label.text, gap, () => lead && inlineRuns(lead.children, state), item.id),
    );
    // What follows the first paragraph aligns with the item's text.
    const inner = { ...state, indent: state.reiki ? state.indent : state.indent + hang.ems, parent: item };
    renderBlocks(lead ? rest : item.children, inner);
  },
  table(table, state) {
    tableBlock(table, state);
  },
  code(code, state) {
    state.out.paragraph({ style: StyleId.code, ...hangingIndent(state.setup, state.indent, 0) }, () => {
      code.value.split('\n').forEach((line, i) => state.out.run('', line, i > 0));
    });
  },
  quote(quote, state) {
    renderBlocks(quote.children, { ...state, indent: state.indent + 1, parent: quote, paragraphStyle: StyleId.quote });
  },
  rule(_rule, state) {
    state.out.paragraph({ style: StyleId.rule, ...hangingIndent(state.setup, state.indent, 0) });
  },
};

/**
 * The runs of blocks renderBlocks renders one at a time: each block, but runs of internal blocks
 * in a public document's internal edition, which go into one visible frame labelled 〔非公開〕.
 */
export function toUnits(blocks: readonly Block[], state: RenderState): Block[][] {
  const units: Block[][] = [];
  let framed = false;
  for (const block of blocks) {
    const marked = markedInternal(state.policy, state.document, block, state.parent);
    if (marked && framed) units[units.length - 1].push(block);
    else units.push([block]);
    framed = marked;
  }
  return units;
}

/** One run of toUnits: a block by its handler, or internal blocks in their frame. */
export function renderUnit(unit: readonly Block[], state: RenderState): void {
  const [first] = unit;
  if (!markedInternal(state.policy, state.document, first, state.parent)) handlers[first.type](first as never, state);
  // Inside the frame the run's own parent is internal content, so nothing is framed twice.
  else internalFrame(unit, state, (blocks, inner) => renderBlocks(blocks, { ...inner, parent: first }));
}

/** Model blocks → DOCX paragraphs and tables, one handler per node type, written to `state.out`. */
export function renderBlocks(blocks: readonly Block[], state: RenderState): void {
  for (const unit of toUnits(blocks, state)) {
    if (state.writeUnit && state.out.atTop) state.writeUnit(unit, state);
    else renderUnit(unit, state);
  }
  state.out.endBlocks();
}
