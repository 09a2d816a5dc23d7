import fc from 'fast-check';
import type { BlockContent, ListItem, PhrasingContent, Root, RootContent } from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { safeText } from '../src/render/markdown/safe-text.js';
import { endsGroup, stringifyFlow, stringifyGroup } from '../src/render/markdown/stringify-flow.js';

// The md renderer's serializer (to-markdown.ts).
const processor = unified().use(remarkStringify, { bullet: '-', rule: '-', handlers: { text: safeText } }).use(remarkGfm).use(remarkDirective).freeze();
const stringify = (root: Root) => processor.stringify(root);

const word = fc.constantFrom('本市', '第１条', '1.', '- ', '*', '#', '`', '|', 'a_b', '　', '> ', '1)', '+');
const phrasing = fc.array(word, { minLength: 1, maxLength: 4 }).map((w): PhrasingContent[] => [{ type: 'text', value: w.join('') }]);
const paragraph = phrasing.map((children): BlockContent => ({ type: 'paragraph', children }));

// Root-level nodes of every kind the md renderer makes, lists (also inside :::internal) most of all,
// since they are what carries from one node to the next.
const { node } = fc.letrec<{ node: RootContent }>((tie) => ({
  node: fc.oneof(
    { weight: 3, arbitrary: paragraph },
    { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), phrasing).map(([depth, children]): RootContent => ({ type: 'heading', depth: depth as 1, children })) },
    {
      weight: 3,
      arbitrary: fc.tuple(fc.boolean(), fc.array(fc.array(paragraph, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 })).map(
        ([ordered, items]): RootContent => ({ type: 'list', ordered, spread: false, children: items.map((children): ListItem => ({ type: 'listItem', spread: false, children })) }),
      ),
    },
    { weight: 1, arbitrary: fc.array(tie('node'), { minLength: 1, maxLength: 3 }).map((children) => ({ type: 'containerDirective', name: 'internal', children }) as RootContent) },
    { weight: 1, arbitrary: fc.constant<RootContent>({ type: 'code', lang: null, value: 'x = 1' }) },
    { weight: 1, arbitrary: fc.constant<RootContent>({ type: 'thematicBreak' }) },
    { weight: 1, arbitrary: fc.array(paragraph, { minLength: 1, maxLength: 2 }).map((children): RootContent => ({ type: 'blockquote', children })) },
  ),
}));

/**
 * Nodes cut into groups wherever `cuts` says and the rule toMarkdown follows allows: after a group
 * that does not end with a list (endsGroup), or before a heading (a section's).
 */
function groupsOf(nodes: RootContent[], cuts: boolean[]): RootContent[][] {
  const groups: RootContent[][] = [[]];
  nodes.forEach((n, i) => {
    const current = groups[groups.length - 1];
    if (current.length > 0 && cuts[i] && (endsGroup(current) || n.type === 'heading')) groups.push([n]);
    else current.push(n);
  });
  return groups;
}

describe('Markdown written a group of blocks at a time', () => {
  it('is what remark writes for the whole document', () => {
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 10 }), fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }), (nodes, cuts) => {
        const whole = stringify({ type: 'root', children: nodes });
        expect(stringifyFlow(groupsOf(nodes, cuts).map((g) => stringifyGroup(stringify, g)))).toBe(whole);
      }),
      { numRuns: 2000 },
    );
  });

  it('would not be, were a list followed by a list written apart (why endsGroup keeps them together)', () => {
    const list = (text: string): RootContent => ({ type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }] }] });
    const nodes = [list('一'), list('二')];
    expect(endsGroup([nodes[0]])).toBe(false);
    expect(stringifyFlow(nodes.map((n) => stringifyGroup(stringify, [n])))).not.toBe(stringify({ type: 'root', children: nodes }));
  });
});
