import type { Block, Policy, PolicyDocument } from '../../model/types.js';
import { BodyWriter, type Part, type Written } from './body-writer.js';
import { pageSetup } from './page-setup.js';
import { createBlockMemo, remembersBlocks } from '../block-memo.js';
import { renderBlocks, renderUnit } from './render-blocks.js';
import type { RenderState } from './render-state.js';
import { renderStateFor } from './render-state-for.js';
import { StyleId } from './style-ids.js';
import { styleMap } from './style-map.js';

const bodies = new WeakMap<PolicyDocument, Map<string, Written>>();
/** Runs of blocks (toUnits) written apart, at every depth: a rebuild writes again what changed. */
const runs = createBlockMemo<Part>();

/**
 * Writes a run of blocks as renderUnit does, from what the same run gave in the same place
 * before. Beyond the blocks and the document, a run depends on where it is (indent, depth, width,
 * paragraph style, whether its parent is internal), the document's hanging widths, and whether
 * it follows a table (a table after a table gets a spacer).
 */
function writeUnit(unit: readonly Block[], state: RenderState): void {
  const afterTable = state.out.endsTable;
  const { indent, sectionStart, depth, width, paragraphStyle = '', parent } = state;
  const where = JSON.stringify([state.hangs.key, afterTable, indent, sectionStart, depth, width, paragraphStyle, parent?.visibility === 'internal']);
  const render = () => {
    const apart = new BodyWriter(afterTable);
    renderUnit(unit, { ...state, out: apart });
    return apart.part();
  };
  state.out.append(runs(state.policy, state.document, unit, render, where));
}

function render(policy: Policy, document: PolicyDocument): Written {
  const setup = pageSetup(policy.output);
  const out = new BodyWriter();
  // The title: a 目次 entry, at outline level 0, when a file nests the document under its own.
  out.paragraph({ style: StyleId.documentTitle, outline: -1, toc: true }, () => out.run('', document.title));
  const state = renderStateFor(policy, document, { setup, styles: styleMap(setup) }, out);
  renderBlocks(document.children, remembersBlocks() ? { ...state, writeUnit } : state);
  return out.finish();
}

/**
 * A document's title and body as one rendered fragment, the same in every file that holds it:
 * what depends on the file (heading levels, bookmarks, links) is left in holes. Of the policy it
 * depends on the edition and the output settings only. Kept for as long as the compiled document
 * is, so the approval edition reuses what its documents' own files rendered, and a rebuild what
 * did not change; compiled models are never changed afterwards.
 */
export function documentBody(policy: Policy, document: PolicyDocument): Written {
  let byLook = bodies.get(document);
  if (!byLook) bodies.set(document, (byLook = new Map()));
  const look = `${policy.edition}\n${JSON.stringify(policy.output)}`;
  let body = byLook.get(look);
  if (!body) byLook.set(look, (body = render(policy, document)));
  return body;
}
