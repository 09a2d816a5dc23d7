import fc from 'fast-check';
import type { ElementContent, Properties, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { toHtmlString } from '../src/render/html/to-html-string.js';

// Text with every character either writer escapes somewhere, next to Japanese.
const value = fc.array(fc.constantFrom(...'<>&"\'`=\0 \n/a1', '本市', '〔非公開〕', '😀'), { maxLength: 6 }).map((c) => c.join(''));
const tokens = fc.array(value, { maxLength: 3 });
// The properties hoshin's pages use, with values of the kinds they take.
const used: fc.Arbitrary<Properties> = fc.record(
  {
    id: fc.option(value, { nil: undefined }),
    className: fc.option(tokens, { nil: undefined }),
    href: value,
    scope: fc.constantFrom('col', 'row'),
    colSpan: fc.integer({ min: 1, max: 4 }),
    rowSpan: fc.integer({ min: 1, max: 4 }),
    ariaLabel: value,
    defer: fc.boolean(),
    src: value,
  },
  { requiredKeys: [] },
);
// Now and then one they never use, which must go to hast-util-to-html and come back the same.
const properties = fc.oneof(
  { weight: 20, arbitrary: used },
  { weight: 1, arbitrary: fc.tuple(used, fc.constantFrom<Properties>({ title: 'x' }, { dataLine: 3 }, { hidden: true })).map(([a, b]) => ({ ...a, ...b })) },
);
const TAGS = ['p', 'span', 'section', 'h2', 'ul', 'li', 'div', 'table', 'td', 'th', 'a', 'br', 'hr', 'img', 'code', 'script', 'style'];

const { node } = fc.letrec<{ node: ElementContent }>((tie) => ({
  node: fc.oneof(
    { weight: 80, arbitrary: value.map((v): ElementContent => ({ type: 'text', value: v })) },
    { weight: 20, arbitrary: value.map((v) => ({ type: 'raw', value: v }) as unknown as ElementContent) },
    { weight: 1, arbitrary: value.map((v): ElementContent => ({ type: 'comment', value: v })) },
    {
      weight: 60,
      arbitrary: fc
        .tuple(fc.constantFrom(...TAGS), properties, fc.array(tie('node'), { maxLength: 3 }))
        .map(([tagName, props, children]): ElementContent => ({ type: 'element', tagName, properties: props, children })),
    },
  ),
}));

describe('toHtmlString (the HTML renderers’ serializer)', () => {
  it('writes exactly what hast-util-to-html writes, with and without raw HTML allowed', () => {
    fc.assert(
      fc.property(fc.array(node, { maxLength: 5 }), fc.boolean(), (children, allowDangerousHtml) => {
        const tree: Root = { type: 'root', children };
        expect(toHtmlString(tree, { allowDangerousHtml })).toBe(toHtml(tree, { allowDangerousHtml }));
      }),
      { numRuns: 5000, seed: 20261122 },
    );
  });

  it('escapes what a page must not run: markup in text and quotes in attributes', () => {
    const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'a', properties: { href: '"><script>x</script>' }, children: [{ type: 'text', value: '<script>alert(1)</script>' }] }] };
    expect(toHtmlString(tree)).toBe('<a href="&#x22;><script>x</script>">&#x3C;script>alert(1)&#x3C;/script></a>');
  });
});
