import { wordPartTags } from './word-part-tags.js';

/** A WordprocessingML part around its content (wordPartTags). */
export function wordPart(root: string, content: string): string {
  const [open, close] = wordPartTags(root);
  return open + content + close;
}
