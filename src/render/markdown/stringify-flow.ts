import type { Root, RootContent } from 'mdast';

type Stringify = (root: Root) => string;

// What follows a group while it is serialized alone: a paragraph, which remark joins to anything
// before it with one blank line, as it joins two groups (stringifyFlow).
const SENTINEL = 'HOSHIN-END-OF-GROUP';
const TAIL = `\n\n${SENTINEL}\n`;

/** One group of root-level nodes as remark writes it in a document, without what follows it. */
export function stringifyGroup(stringify: Stringify, nodes: RootContent[]): string {
  if (nodes.length === 0) return '';
  const text = stringify({ type: 'root', children: [...nodes, { type: 'paragraph', children: [{ type: 'text', value: SENTINEL }] }] });
  if (!text.endsWith(TAIL)) throw new Error('stringifyGroup: the group did not end where expected');
  return text.slice(0, -TAIL.length);
}

/** Groups written apart (stringifyGroup) as the one group of their nodes (stringifyFlow). */
export function joinGroups(groups: readonly string[]): string {
  return groups.filter((g) => g !== '').join('\n\n');
}

/**
 * What `stringify` gives for a root of these groups' nodes, from the groups written apart
 * (stringifyGroup). remark joins root-level nodes with one blank line, and carries nothing
 * from one node to the next but the bullet of a list, to a list that follows (also inside a
 * container that follows): so a group that ends with a list (endsGroup) is followed only by
 * one that starts with a heading.
 */
export function stringifyFlow(groups: readonly string[]): string {
  const text = joinGroups(groups);
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

/** Whether a group may end with these nodes, and the next, whatever it is, be written apart. */
export function endsGroup(nodes: readonly RootContent[]): boolean {
  return nodes[nodes.length - 1]?.type !== 'list';
}
