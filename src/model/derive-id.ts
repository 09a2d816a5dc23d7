/**
 * An id from heading text, for headings written without `{#id}`: NFKC, lower case, spaces to
 * hyphens, punctuation dropped; Japanese letters stay (they are valid in HTML ids and URLs).
 */
export function deriveId(text: string): string {
  const slug = text
    .normalize('NFKC')
    .toLowerCase()
    .trim()
    .replace(/[\s\u3000]+/g, '-')
    .replace(/[^\p{L}\p{N}\p{M}_-]/gu, '');
  return slug === '' ? 'section' : slug;
}
