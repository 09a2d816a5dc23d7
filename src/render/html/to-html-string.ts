import type { Nodes, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';

/**
 * The HTML attributes hoshin's pages use, by hast property: name, and whether a value is a list
 * of tokens or a boolean. A tree with any other property goes to hast-util-to-html whole.
 */
const ATTRIBUTES: Record<string, { name: string; kind?: 'tokens' | 'boolean' }> = {
  className: { name: 'class', kind: 'tokens' },
  id: { name: 'id' },
  href: { name: 'href' },
  src: { name: 'src' },
  scope: { name: 'scope' },
  colSpan: { name: 'colspan' },
  rowSpan: { name: 'rowspan' },
  ariaLabel: { name: 'aria-label' },
  defer: { name: 'defer', kind: 'boolean' },
};

// hast-util-to-html's void elements (html-void-elements).
const VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

// hast-util-to-html's defaults: `<` and `&` in text, `"` `&` `'` `` ` `` and NUL in attribute
// values, each as a hexadecimal character reference.
const reference = (c: string) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`;
const escapeText = (value: string) => (/[<&]/.test(value) ? value.replace(/[<&]/g, reference) : value);
const escapeValue = (value: string) => (/[\0"&'`]/.test(value) ? value.replace(/[\0"&'`]/g, reference) : value);

/** HTML written already (hast-util-to-html's `raw`, with allowDangerousHtml). */
interface Raw {
  type: 'raw';
  value: string;
}

/** Thrown at what this writer leaves to hast-util-to-html. */
class Unsupported extends Error {}

function attributes(properties: Properties): string {
  let out = '';
  for (const key in properties) {
    const value = properties[key];
    if (value === null || value === undefined) continue;
    const attribute = ATTRIBUTES[key];
    if (!attribute) throw new Unsupported(key);
    if (attribute.kind === 'boolean') {
      if (value === true) out += ` ${attribute.name}`;
      else if (value !== false) throw new Unsupported(key);
      continue;
    }
    if (value === false || (typeof value === 'number' && Number.isNaN(value))) continue;
    const text = Array.isArray(value) ? (attribute.kind === 'tokens' ? value.join(' ').trim() : undefined) : String(value);
    if (text === undefined || value === true) throw new Unsupported(key);
    out += ` ${attribute.name}="${escapeValue(text)}"`;
  }
  return out;
}

function write(node: Nodes | Raw, raw: boolean, rawText: boolean): string {
  switch (node.type) {
    case 'root':
      return node.children.map((child) => write(child as Nodes | Raw, raw, false)).join('');
    case 'text':
      return rawText ? node.value : escapeText(node.value);
    case 'raw':
      return raw || rawText ? node.value : escapeText(node.value);
    case 'element': {
      const tag = node.tagName;
      if (tag === 'svg' || tag === 'template') throw new Unsupported(tag);
      const inside = tag === 'script' || tag === 'style';
      const content = node.children.map((child) => write(child as Nodes | Raw, raw, inside)).join('');
      const open = `<${tag}${attributes(node.properties)}>`;
      return VOID.has(tag.toLowerCase()) && content === '' ? open : `${open}${content}</${tag}>`;
    }
    default:
      throw new Unsupported(node.type);
  }
}

/**
 * A hast tree as hast-util-to-html writes it with its default settings, written directly for the
 * nodes and attributes hoshin's pages have (its generic path, with a schema lookup per attribute,
 * was a third of the HTML renderer's time); anything else is left to hast-util-to-html.
 * test/html-string.test.ts compares the two.
 */
export function toHtmlString(tree: Nodes, options: { allowDangerousHtml?: boolean } = {}): string {
  try {
    return write(tree, options.allowDangerousHtml === true, false);
  } catch (error) {
    if (error instanceof Unsupported) return toHtml(tree, options);
    throw error;
  }
}
