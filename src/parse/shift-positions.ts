import type { Node } from 'unist';

/** Move the positions of a chunk's nodes (and all below) to where the chunk sits in its file. */
export function shiftPositions(nodes: readonly Node[], lines: number, offset: number): void {
  for (const node of nodes) {
    const { position } = node;
    if (position) {
      position.start.line += lines;
      position.end.line += lines;
      if (position.start.offset !== undefined) position.start.offset += offset;
      if (position.end.offset !== undefined) position.end.offset += offset;
    }
    const children = (node as { children?: Node[] }).children;
    if (children) shiftPositions(children, lines, offset);
  }
}
