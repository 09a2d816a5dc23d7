import { isNode, visit, type Document } from 'yaml';
import { diagnostic, type Diagnostic, type Place } from '../diagnostic.js';

const CORE = 'tag:yaml.org,2002:';
// Tags that only restate what a plain value already is; any other tag would make the value
// something hoshin does not read as written (yaml keeps an unknown tag's value as a plain string,
// and turns !!binary, !!set, !!timestamp into objects).
const PLAIN = new Set(['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((name) => CORE + name));

/** Where the tag before a value begins: the token before it, or the one before an anchor. */
function tagStart(text: string, valueStart: number): number {
  let end = valueStart;
  for (let tokens = 0; tokens < 2; tokens++) {
    while (end > 0 && /\s/.test(text[end - 1])) end--;
    let start = end;
    if (text[end - 1] === '>') start = Math.max(text.lastIndexOf('!<', end), 0);
    else while (start > 0 && !/[\s[{,]/.test(text[start - 1])) start--;
    if (text[start] === '!') return start;
    end = start;
  }
  return valueStart;
}

/**
 * Every YAML tag hoshin would not honour (`!!js/function`, `!custom`, `!!binary` …), as an error:
 * silently reading `!!js/function "…"` as text could publish what the author meant as code.
 */
export function checkTags(doc: Document, text: string, toPlace: (offset: number) => Place): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  visit(doc, (_key, node) => {
    if (!isNode(node) || !node.tag || PLAIN.has(node.tag)) return;
    const shown = node.tag.startsWith(CORE) ? `!!${node.tag.slice(CORE.length)}` : node.tag;
    const offset = node.range ? tagStart(text, node.range[0]) : 0;
    diagnostics.push(
      diagnostic(toPlace(offset), 'error', 'manifest-tag', `タグ ${shown} は使えません。hoshin はタグを解釈しないため、書いた意図と違う値になります。タグを消して値をそのまま書いてください。`),
    );
  });
  return diagnostics;
}
