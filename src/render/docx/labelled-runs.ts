import { Holes } from './holes.js';
import type { RenderState } from './render-state.js';

/**
 * A numbered paragraph's content: the label, then a tab to the hanging indent (`tab`) or the gap
 * written out, then the text (`text` writes it); inside the bookmark a cross-reference jumps to,
 * when the file refers to `target`.
 */
export function labelledRuns(state: RenderState, label: string, gap: string | { tab: true }, text: () => void, target?: string): void {
  const { out } = state;
  const key = target === undefined ? undefined : `${state.document.id}#${target}`;
  if (key) out.hole(Holes.bookmarkStart(key));
  if (label !== '') {
    if (typeof gap === 'string') out.run('', label + gap);
    else {
      out.run('', label);
      out.tab();
    }
  }
  text();
  if (key) out.hole(Holes.bookmarkEnd);
}
