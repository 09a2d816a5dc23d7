import type { ElementContent, Root } from 'hast';
import { toHtml as serialize } from 'hast-util-to-html';
import type { Block, Policy, PolicyDocument } from '../../model/types.js';
import { createBlockMemo } from '../block-memo.js';
import type { BuildInfo } from '../build-info.js';
import { toFrontMatter } from '../front-matter.js';
import { blocksToHast, type BlockState } from './blocks-to-hast.js';
import { fillTemplate } from './fill-template.js';
import { markingOf } from './marking-of.js';
import { pageFrame, type HtmlOptions } from './page-frame.js';
import { tocToHast } from './toc-to-hast.js';

/** Numbering presets the style sheet lays out in their own way (例規). */
const STYLED_NUMBERING = new Set(['reiki', 'guideline', 'decimal']);

/** Each block's HTML, at every depth of sections: hast-util-to-html writes a root's children one after another. */
const memo = createBlockMemo<string>();

/**
 * Blocks as HTML, each from what the same block gave in the same place before (the rank of its
 * headings, whether its parent is internal). A section's blocks go into it as the HTML they
 * were written to: raw HTML hoshin wrote itself, never text from a policy.
 */
function blocksHtml(blocks: readonly Block[], state: BlockState): string {
  const where = `${state.rank}\0${state.parent?.visibility === 'internal'}`;
  const write = (block: Block) => serialize({ type: 'root', children: blocksToHast([block], { ...state, sectionBlocks }) } satisfies Root, { allowDangerousHtml: true });
  return blocks.map((block) => memo(state.policy, state.document, block, () => write(block), where)).join('');
}

const sectionBlocks = (blocks: readonly Block[], state: BlockState): ElementContent[] => [{ type: 'raw', value: blocksHtml(blocks, state) } as unknown as ElementContent];

/**
 * One document as a self-contained HTML5 page: cover lines, table of contents, numbered text
 * with the stable ids as anchors; inline CSS, no script, no external request. Each top-level
 * block is written apart and remembered, so a rebuild writes again only what changed.
 */
export function toHtml(policy: Policy, document: PolicyDocument, info: BuildInfo, options: HtmlOptions = {}): string {
  const front = toFrontMatter(policy, document);
  const content = blocksHtml(document.children, { policy, document, rank: 2 });
  const toc = tocToHast(policy, document);
  const numbering = STYLED_NUMBERING.has(document.numbering.name) ? document.numbering.name : 'custom';
  return fillTemplate('document.hbs', {
    ...pageFrame(policy, info, markingOf(policy, document), options),
    title: front.title,
    org: front.org,
    collection: front.collection,
    dates: front.dates.join('　'),
    bodyClass: `numbering-${numbering} visibility-${document.visibility}`,
    toc: toc ? serialize(toc) : '',
    content,
  });
}
