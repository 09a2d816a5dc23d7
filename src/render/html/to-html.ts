import type { ElementContent, Root } from 'hast';
import { toHtmlString } from './to-html-string.js';
import type { Block, Policy, PolicyDocument } from '../../model/types.js';
import { createBlockMemo, remembersBlocks } from '../block-memo.js';
import type { BuildInfo } from '../build-info.js';
import { toFrontMatter } from '../front-matter.js';
import { blocksToHast, type BlockState } from './blocks-to-hast.js';
import { fillTemplate } from './fill-template.js';
import { markingOf } from '../marking-of.js';
import { pageFrame, type HtmlOptions } from './page-frame.js';
import { tocToHast } from './toc-to-hast.js';

/** Numbering presets the style sheet lays out in their own way (例規). */
const STYLED_NUMBERING = new Set(['reiki', 'guideline', 'decimal']);

/** Each section's HTML, at every depth: hast-util-to-html writes a root's children one after another. */
const memo = createBlockMemo<string>();

/**
 * Blocks as hast, each section as the HTML it gave in the same place before (the rank of its
 * headings, whether its parent is internal): raw HTML hoshin wrote itself, never text from a
 * policy. A section's own blocks are written so in turn.
 */
function sectionBlocks(blocks: readonly Block[], state: BlockState): ElementContent[] {
  const where = `${state.rank}\0${state.parent?.visibility === 'internal'}`;
  const inner = { ...state, sectionBlocks };
  const write = (block: Block) => toHtmlString({ type: 'root', children: blocksToHast([block], inner) } satisfies Root, { allowDangerousHtml: true });
  return blocks.flatMap((block) =>
    block.type === 'section' ? [{ type: 'raw', value: memo(state.policy, state.document, block, () => write(block), where) } as unknown as ElementContent] : blocksToHast([block], inner),
  );
}

/**
 * One document as a self-contained HTML5 page: cover lines, table of contents, numbered text
 * with the stable ids as anchors; inline CSS, no script, no external request.
 */
export function toHtml(policy: Policy, document: PolicyDocument, info: BuildInfo, options: HtmlOptions = {}): string {
  const front = toFrontMatter(policy, document);
  const state: BlockState = { policy, document, rank: 2 };
  // Where blocks are remembered (remembersBlocks), each section is written apart, at every depth.
  const body = remembersBlocks() ? sectionBlocks(document.children, state) : blocksToHast(document.children, state);
  const content = toHtmlString({ type: 'root', children: body }, { allowDangerousHtml: remembersBlocks() });
  const toc = tocToHast(policy, document);
  const numbering = STYLED_NUMBERING.has(document.numbering.name) ? document.numbering.name : 'custom';
  return fillTemplate('document.hbs', {
    ...pageFrame(policy, info, markingOf(policy, document), options),
    title: front.title,
    org: front.org,
    collection: front.collection,
    dates: front.dates.join('　'),
    bodyClass: `numbering-${numbering} visibility-${document.visibility}`,
    toc: toc ? toHtmlString(toc) : '',
    content,
  });
}
