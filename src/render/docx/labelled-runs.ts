import { Bookmark, Tab, TextRun, type ParagraphChild } from 'docx';
import type { RenderState } from './render-state.js';

/**
 * A numbered paragraph's content: the label, then a tab to the hanging indent (`tab`) or the gap
 * written out, then the text; wrapped in the bookmark a cross-reference jumps to.
 */
export function labelledRuns(state: RenderState, label: string, gap: string | { tab: true }, text: ParagraphChild[], target?: string): ParagraphChild[] {
  const lead: ParagraphChild[] = label === '' ? [] : typeof gap === 'string' ? [new TextRun(label + gap)] : [new TextRun(label), new TextRun({ children: [new Tab()] })];
  const children = [...lead, ...text];
  const name = target === undefined ? undefined : state.bookmarks.get(`${state.document.id}#${target}`);
  return name ? [new Bookmark({ id: name, children })] : children;
}
