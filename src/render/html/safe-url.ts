// A URL scheme as the WHATWG URL parser reads it (letters, digits, + - . after a letter).
const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const ALLOWED = new Set(['http', 'https', 'mailto', 'tel']);
// Browsers strip tabs and newlines anywhere in a URL and C0 controls around it, so
// "java\tscript:" is javascript:. Any such character makes the URL unsafe outright.
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * The link target when it is safe to put in href: http(s), mailto, tel, a relative path or a
 * fragment. The model already drops unsafe links; this is the renderer's own second check.
 */
export function safeUrl(url: string): string | undefined {
  const value = url.trim();
  if (value === '' || CONTROL.test(value)) return undefined;
  const scheme = SCHEME.exec(value)?.[1];
  if (scheme === undefined) return value;
  return ALLOWED.has(scheme.toLowerCase()) ? value : undefined;
}
