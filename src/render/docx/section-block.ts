import type { Section } from '../../model/types.js';
import { markedInternal } from '../marked-internal.js';
import { hangingIndent } from './hanging-indent.js';
import { inlineRuns } from './inline-runs.js';
import { labelledRuns } from './labelled-runs.js';
import type { RenderState } from './render-state.js';
import { StyleId } from './style-ids.js';

type RenderBlocks = (blocks: Section['children'], state: RenderState) => void;

/** Whether a level's number is written under its parent's (2.1 under 2), so it need not indent. */
function underParent(state: RenderState, level: number): boolean {
  return level >= 0 && /\{[1-9]\}/.test(state.document.numbering.levels[level]?.template ?? '');
}

/**
 * A heading in a Word heading style (navigation pane, TOC) and the section's blocks. Each level
 * starts one em in from its parent's and its number hangs; in 例規 layout 章 and 節 stand three
 * ems in (one more for each level a file nests the document) and an article is its （見出し）
 * line and 「第1条　…」 with its first 項.
 */
export function sectionBlock(section: Section, state: RenderState, renderBlocks: RenderBlocks): void {
  if (state.reiki && section.caption) return article(section, state, renderBlocks);
  const { setup, out } = state;
  const gap = state.document.numbering.gap;
  const inner = { ...state, depth: state.depth + 1, parent: section };
  const heading = () => inlineRuns(section.heading, state);
  if (state.reiki) {
    out.paragraph({ heading: state.depth, toc: true, shift: setup.em, ...hangingIndent(setup, 3 + state.depth, 0) }, () =>
      labelledRuns(state, section.label.text, gap, heading, section.id),
    );
    return renderBlocks(section.children, { ...inner, indent: 0, sectionStart: 0 });
  }
  const start = underParent(state, section.level) ? state.sectionStart : state.indent;
  const hang = state.hangs.section(section.level);
  out.paragraph(
    { heading: state.depth, toc: true, ...(section.label.text === '' ? hangingIndent(setup, start, 0) : hangingIndent(setup, start, hang.ems, { tab: hang.tab })) },
    () => labelledRuns(state, section.label.text, hang.tab ? { tab: true } : gap, heading, section.id),
  );
  renderBlocks(section.children, { ...inner, indent: start + 1, sectionStart: start });
}

function article(section: Section, state: RenderState, renderBlocks: RenderBlocks): void {
  const { setup, out } = state;
  const caption = [{ type: 'text' as const, value: '（' }, ...section.heading, { type: 'text' as const, value: '）' }];
  out.paragraph({ style: StyleId.articleCaption, outline: state.depth, ...hangingIndent(setup, state.indent + 1, 0) }, () =>
    labelledRuns(state, '', '', () => inlineRuns(caption, state), section.id),
  );
  const [first, ...rest] = section.children;
  // An internal first 項 of a public article keeps its frame rather than joining the article's line.
  const lead = first?.type === 'paragraph' && !markedInternal(state.policy, state.document, first, section) ? first : undefined;
  out.paragraph(hangingIndent(setup, state.indent, 1), () =>
    labelledRuns(state, section.label.text, state.document.numbering.gap, () => lead && inlineRuns(lead.children, state), lead?.id),
  );
  const inner = { ...state, depth: state.depth + 1, parent: section, sectionStart: state.indent };
  renderBlocks(lead ? rest : section.children, inner);
}
