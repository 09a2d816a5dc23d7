import type { Policy, PolicyDocument } from '../../model/types.js';
import type { BodyWriter } from './body-writer.js';
import { hangWidths } from './hang-widths.js';
import type { PageSetup } from './page-setup.js';
import type { RenderState } from './render-state.js';
import type { StyleMap } from './style-map.js';

/** The state a document's blocks start from: at the left margin, outside any section. */
export function renderStateFor(policy: Policy, document: PolicyDocument, look: { setup: PageSetup; styles: StyleMap }, out: BodyWriter): RenderState {
  return {
    policy,
    document,
    ...look,
    out,
    hangs: hangWidths(document),
    reiki: document.numbering.levels.some((level) => level.caption),
    indent: 0,
    sectionStart: 0,
    depth: 0,
    width: look.setup.textWidth,
  };
}
