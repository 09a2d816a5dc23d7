import fc from 'fast-check';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { plainHandlers } from '../src/render/markdown/plain-handlers.js';
import { safeText } from '../src/render/markdown/safe-text.js';

// The md renderer's serializer with mdast-util-to-markdown's own handlers, with safeText alone, and
// with all the md renderer's handlers (plainHandlers: paragraphs and headings of text alone).
const options = { bullet: '-', rule: '-' } as const;
const reference = unified().use(remarkStringify, options).use(remarkGfm).use(remarkDirective).freeze();
const withSafeText = unified().use(remarkStringify, { ...options, handlers: { text: safeText } }).use(remarkGfm).use(remarkDirective).freeze();
const fast = unified().use(remarkStringify, { ...options, handlers: plainHandlers }).use(remarkGfm).use(remarkDirective).freeze();

// Text that reaches every escape pattern: all of ASCII punctuation, digits and letters (list
// markers, autolinks, entities), spaces, tabs and line breaks, next to Japanese.
const CHARS = [...'!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~', ' ', '\t', '\n', '\r', ...'0123456789', ...'aAwWxsp', ...'本市の（１）①。・'];
const value = fc.array(fc.constantFrom(...CHARS), { minLength: 1, maxLength: 12 }).map((chars) => chars.join(''));
// And text as a policy has it: mostly Japanese, with labels and heading ids next to it.
const JAPANESE = ['本市の', '職員等は、', '（１）', '第１条', '①', '　', '1 ', '(1) ', ' {#s-1-2}', ' {#a_b}', '2.', '- '];
const policyValue = fc.array(fc.constantFrom(...JAPANESE), { minLength: 1, maxLength: 4 }).map((words) => words.join(''));
const text = fc.oneof(value, policyValue).map((v): PhrasingContent => ({ type: 'text', value: v }));

const { inline } = fc.letrec<{ inline: PhrasingContent }>((tie) => {
  const children = (max: number) => fc.array(tie('inline'), { minLength: 1, maxLength: max });
  return {
    inline: fc.oneof(
      { weight: 6, arbitrary: text },
      { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('emphasis', 'strong', 'delete'), children: children(3) }) as fc.Arbitrary<PhrasingContent> },
      { weight: 1, arbitrary: fc.record({ type: fc.constant('link'), url: value, children: children(2) }) as fc.Arbitrary<PhrasingContent> },
      { weight: 1, arbitrary: fc.record({ type: fc.constant('inlineCode'), value }) as fc.Arbitrary<PhrasingContent> },
      { weight: 1, arbitrary: fc.record({ type: fc.constant('textDirective'), name: fc.constant('internal'), children: children(2) }) as fc.Arbitrary<PhrasingContent> },
    ),
  };
});
const phrasing = fc.array(inline, { minLength: 1, maxLength: 4 });

// Every place the md renderer puts text: paragraphs, headings, list items, table cells, quotes,
// :::internal blocks.
const block: fc.Arbitrary<RootContent> = fc.oneof(
  phrasing.map((children): RootContent => ({ type: 'paragraph', children })),
  fc.tuple(fc.integer({ min: 1, max: 6 }), phrasing).map(([depth, children]): RootContent => ({ type: 'heading', depth: depth as 1, children })),
  fc.array(phrasing, { minLength: 1, maxLength: 3 }).map((items): RootContent => ({
    type: 'list',
    ordered: false,
    spread: false,
    children: items.map((children) => ({ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] })),
  })),
  fc.array(fc.array(phrasing, { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 3 }).map((rows): RootContent => ({
    type: 'table',
    children: rows.map((cells) => ({ type: 'tableRow', children: cells.map((children) => ({ type: 'tableCell', children })) })),
  })),
  phrasing.map((children): RootContent => ({ type: 'blockquote', children: [{ type: 'paragraph', children }] })),
  phrasing.map((children): RootContent => ({ type: 'containerDirective', name: 'internal', children: [{ type: 'paragraph', children }] }) as RootContent),
);

describe('the md renderer’s handlers', () => {
  it.each([
    ['safeText', withSafeText],
    ['plainHandlers (paragraphs and headings of text alone)', fast],
  ])('%s: the same Markdown as remark’s own handlers, in every place text goes', (_, processor) => {
    fc.assert(
      fc.property(fc.array(block, { minLength: 1, maxLength: 4 }), (children) => {
        const root: Root = { type: 'root', children };
        expect(processor.stringify(root)).toBe(reference.stringify(root));
      }),
      { numRuns: 3000, seed: 20261122 },
    );
  });
});
