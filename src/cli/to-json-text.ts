/**
 * JSON for stdout, two-space indented. JSON.stringify escapes C0 controls but leaves DEL, the C1
 * controls (a terminal may act on U+009B as on ESC [) and U+2028/U+2029 raw: they are escaped
 * too, which keeps the JSON valid and its values the same.
 */
export function toJsonText(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
