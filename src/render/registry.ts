import type { Policy, PolicyDocument } from '../model/types.js';
import { toMarkdown } from './markdown/to-markdown.js';
import { toText } from './text/to-text.js';

/** An output format: one folder under render/ and one entry here. */
export interface Renderer {
  extension: string;
  render(policy: Policy, document: PolicyDocument): string | Uint8Array;
}

export const RENDERERS: Readonly<Record<string, Renderer>> = {
  md: { extension: 'md', render: toMarkdown },
  txt: { extension: 'txt', render: toText },
};

export const DEFAULT_FORMATS = Object.keys(RENDERERS);
