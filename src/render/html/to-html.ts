import type { Root } from 'hast';
import { toHtml as serialize } from 'hast-util-to-html';
import type { Policy, PolicyDocument } from '../../model/types.js';
import { createBlockMemo } from '../block-memo.js';
import type { BuildInfo } from '../build-info.js';
import { toFrontMatter } from '../front-matter.js';
import { blocksToHast } from './blocks-to-hast.js';
import { fillTemplate } from './fill-template.js';
import { markingOf } from './marking-of.js';
import { pageFrame, type HtmlOptions } from './page-frame.js';
import { tocToHast } from './toc-to-hast.js';

/** Numbering presets the style sheet lays out in their own way (例規). */
const STYLED_NUMBERING = new Set(['reiki', 'guideline', 'decimal']);

/** Each top-level block's HTML: hast-util-to-html writes a root's children one after another. */
const memo = createBlockMemo<string>();

/**
 * One document as a self-contained HTML5 page: cover lines, table of contents, numbered text
 * with the stable ids as anchors; inline CSS, no script, no external request. Each top-level
 * block is written apart and remembered, so a rebuild writes again only what changed.
 */
export function toHtml(policy: Policy, document: PolicyDocument, info: BuildInfo, options: HtmlOptions = {}): string {
  const front = toFrontMatter(policy, document);
  const state = { policy, document, rank: 2 };
  const content = document.children.map((block) => memo(policy, document, block, () => serialize({ type: 'root', children: blocksToHast([block], state) } satisfies Root))).join('');
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
