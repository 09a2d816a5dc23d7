import type { Inline } from './types.js';

/** Nothing a reader would see: no inline, or only blank text. */
export const isBlank = (nodes: readonly Inline[]): boolean => nodes.every((node) => node.type === 'text' && node.value.trim() === '');
