/** Characters XML 1.0 does not allow (C0 controls but tab and line ends, U+FFFE/U+FFFF, lone surrogates). */
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** A quick test for text that may hold one: any surrogate counts, paired or not. */
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const SPECIAL = /[&<>"]/;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * Text as element content or a double-quoted attribute value. Characters XML cannot hold at all
 * are dropped: a stray control character in a source file must not make Word refuse the file.
 */
export function escapeXml(value: string): string {
  const legal = SUSPECT.test(value) ? value.replace(ILLEGAL, '') : value;
  return SPECIAL.test(legal) ? legal.replace(/[&<>"]/g, (c) => ENTITIES[c]) : legal;
}
