import type { Heading, Paragraph, Text } from 'mdast';
import { defaultHandlers, type Handle, type Handlers, type Info, type State } from 'mdast-util-to-markdown';
import { safeText } from './safe-text.js';
import { unsafeCharacters } from './unsafe-characters.js';

// Most of a policy is plain Japanese sentences, and remark's phrasing machinery (trackers,
// attention pairing) was most of the md renderer's time. These handlers write a paragraph or
// heading of text alone as that machinery would, and leave anything else to remark's own
// handlers: test/markdown-safe-text.test.ts compares the two on every kind of node.

// As mdast-util-to-markdown's own (not exported): whole code points.
function firstCharacter(value: string): string {
  const code = value.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
}
function lastCharacter(value: string): string {
  const code = value.codePointAt(value.length - 2);
  return code !== undefined && code > 0xffff ? value.slice(-2) : value.slice(-1);
}

/**
 * containerPhrasing for phrasing of text alone: with no attention to pair, it is each text as its
 * handler writes it between the characters around it (the last one written before it, the first
 * the next text would start with), joined. A text with no character any escape pattern names is
 * written as it is, whatever is around it.
 */
function textPhrasing(node: Paragraph | Heading, state: State, info: Info): string | undefined {
  const children = node.children as Text[];
  if (!children.every((child) => child.type === 'text')) return undefined;
  const { chars } = unsafeCharacters(state.unsafe);
  if (!children.some((child) => chars.test(child.value))) return children.map((child) => child.value).join('');
  const { indexStack } = state;
  let before = info.before;
  let value = '';
  indexStack.push(-1);
  for (const [index, child] of children.entries()) {
    indexStack[indexStack.length - 1] = index;
    const next = children[index + 1];
    const after = next ? firstCharacter(state.handle(next, node, state, { ...info, before: '', after: '' })) : info.after;
    const written = state.handle(child, node, state, { ...info, before, after });
    if (!written) continue;
    value += written;
    before = lastCharacter(written);
  }
  indexStack.pop();
  return value;
}

const paragraph: Handle = (node: Paragraph, parent, state, info) => {
  const exit = state.enter('paragraph');
  const subexit = state.enter('phrasing');
  const value = textPhrasing(node, state, info);
  subexit();
  exit();
  return value ?? defaultHandlers.paragraph(node, parent, state, info);
};

/**
 * An ATX heading of text alone. remark writes a heading as setext when asked to or when its text
 * has a line break (those go to its own handler), and a leading space or tab as a character reference.
 */
const heading: Handle = (node: Heading, parent, state, info) => {
  if (state.options.setext || node.children.some((child) => 'value' in child && /[\r\n]/.test(child.value))) return defaultHandlers.heading(node, parent, state, info);
  const exit = state.enter('headingAtx');
  const subexit = state.enter('phrasing');
  const value = textPhrasing(node, state, { ...info, before: '# ', after: '\n' });
  subexit();
  exit();
  if (value === undefined || /^[\t ]/.test(value)) return defaultHandlers.heading(node, parent, state, info);
  const sequence = '#'.repeat(Math.max(Math.min(6, node.depth || 1), 1));
  return `${value ? `${sequence} ${value}` : sequence}${state.options.closeAtx ? ` ${sequence}` : ''}`;
};

/** Handlers for the md renderer's serializer: the same output as remark's own, sooner for plain text. */
export const plainHandlers: Partial<Handlers> = { paragraph, heading, text: safeText };
