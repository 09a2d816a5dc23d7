import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toPlainText } from '../../model/to-plain-text.js';
import type { Block, Policy, PolicyDocument, Section } from '../../model/types.js';
import { markedInternal } from '../marked-internal.js';

/** Sections this deep (1 = top level) are listed; deeper ones are found through their parents. */
const DEPTH = 2;

/** Number and heading as the page shows them (第1条（目的）, 1.1.目的), the number hanging. */
function entry(section: Section, document: PolicyDocument): Element {
  const href = `#${encodeURIComponent(section.id)}`;
  const heading = toPlainText(section.heading);
  if (section.label.text === '') return h('a', { href }, heading);
  const label = section.caption ? section.label.text : section.label.text + document.numbering.gap;
  return h('a', { href, className: ['hang'] }, [h('span', { className: ['label'] }, label), h('span', { className: ['text'] }, section.caption ? `（${heading}）` : heading)]);
}

function entries(blocks: readonly Block[], policy: Policy, document: PolicyDocument, depth: number, parent?: Block): Element | undefined {
  const sections = blocks.filter((b): b is Section => b.type === 'section' && !(policy.edition === 'public' && b.visibility === 'internal'));
  if (sections.length === 0 || depth > DEPTH) return undefined;
  const items: ElementContent[] = sections.map((section) => {
    const link = entry(section, document);
    const mark = markedInternal(policy, document, section, parent) ? [h('span', { className: ['internal-inline'] }, '〔非公開〕')] : [];
    const children = entries(section.children, policy, document, depth + 1, section);
    return h('li', [link, ...mark, ...(children ? [children] : [])]);
  });
  return h('ol', items);
}

/** The table of contents: section numbers and headings, linked by their stable ids. */
export function tocToHast(policy: Policy, document: PolicyDocument): Element | undefined {
  const list = entries(document.children, policy, document, 1);
  return list && h('nav', { className: ['toc'], ariaLabel: '目次' }, [h('h2', '目次'), list]);
}
