import { Paragraph, type FileChild } from 'docx';
import type { Section } from '../../model/types.js';
import { markedInternal } from '../marked-internal.js';
import { hangingIndent } from './hanging-indent.js';
import { inlineRuns } from './inline-runs.js';
import { labelledRuns } from './labelled-runs.js';
import type { RenderState } from './render-state.js';
import { StyleId } from './style-ids.js';

type RenderBlocks = (blocks: Section['children'], state: RenderState) => FileChild[];

/** Whether a level's number is written under its parent's (2.1 under 2), so it need not indent. */
function underParent(state: RenderState, level: number): boolean {
  return level >= 0 && /\{[1-9]\}/.test(state.document.numbering.levels[level]?.template ?? '');
}

/**
 * A heading in a Word heading style (navigation pane, TOC) and the section's blocks. Each level
 * starts one em in from its parent's and its number hangs; in 例規 layout 章 and 節 stand three
 * ems in and an article is its （見出し） line and 「第1条　…」 with its first 項.
 */
export function sectionBlock(section: Section, state: RenderState, renderBlocks: RenderBlocks): FileChild[] {
  if (state.reiki && section.caption) return article(section, state, renderBlocks);
  const { setup } = state;
  const gap = state.document.numbering.gap;
  const inner = { ...state, depth: state.depth + 1, parent: section };
  const heading = inlineRuns(section.heading, state);
  if (state.reiki) {
    const title = new Paragraph({
      style: StyleId.heading(state.depth + 1),
      ...hangingIndent(setup, 3 + state.depth, 0),
      children: labelledRuns(state, section.label.text, gap, heading, section.id),
    });
    return [title, ...renderBlocks(section.children, { ...inner, indent: 0, sectionStart: 0 })];
  }
  const start = underParent(state, section.level) ? state.sectionStart : state.indent;
  const hang = state.hangs.section(section.level);
  const title = new Paragraph({
    style: StyleId.heading(state.depth + 1),
    ...(section.label.text === '' ? hangingIndent(setup, start, 0) : hangingIndent(setup, start, hang.ems, { tab: hang.tab })),
    children: labelledRuns(state, section.label.text, hang.tab ? { tab: true } : gap, heading, section.id),
  });
  return [title, ...renderBlocks(section.children, { ...inner, indent: start + 1, sectionStart: start })];
}

function article(section: Section, state: RenderState, renderBlocks: RenderBlocks): FileChild[] {
  const { setup } = state;
  const caption = new Paragraph({
    style: StyleId.articleCaption,
    outlineLevel: Math.min(state.depth, 8),
    ...hangingIndent(setup, state.indent + 1, 0),
    children: labelledRuns(state, '', '', inlineRuns([{ type: 'text', value: '（' }, ...section.heading, { type: 'text', value: '）' }], state), section.id),
  });
  const [first, ...rest] = section.children;
  // An internal first 項 of a public article keeps its frame rather than joining the article's line.
  const lead = first?.type === 'paragraph' && !markedInternal(state.policy, state.document, first, section) ? first : undefined;
  const line = new Paragraph({
    ...hangingIndent(setup, state.indent, 1),
    children: labelledRuns(state, section.label.text, state.document.numbering.gap, lead ? inlineRuns(lead.children, state) : [], lead?.id),
  });
  const inner = { ...state, depth: state.depth + 1, parent: section, sectionStart: state.indent };
  return [caption, line, ...renderBlocks(lead ? rest : section.children, inner)];
}
