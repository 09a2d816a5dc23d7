import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node as YamlNode } from 'yaml';
import { diagnostic, type Diagnostic, type Place } from '../diagnostic.js';
import type { SourceFile } from '../load/policy-files.js';

/** A parsed manifest that still knows where every value came from. */
export interface ParsedManifest {
  file: SourceFile;
  data: unknown;
  /** Place of the value at a JSON pointer path (['documents', 0, 'tier']); for a key, `key: true`. */
  placeOf(path: ReadonlyArray<string | number>, options?: { key?: boolean }): Place;
  diagnostics: Diagnostic[];
}

function nodeAt(doc: Document, path: ReadonlyArray<string | number>): { node?: YamlNode; key?: YamlNode; depth: number } {
  let node: unknown = doc.contents;
  let key: YamlNode | undefined;
  let depth = 0;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      key = pair.key as YamlNode;
      node = pair.value;
    } else if (isSeq(node)) {
      const next = node.items[Number(segment)];
      if (next === undefined) break;
      key = undefined;
      node = next;
    } else break;
    depth++;
  }
  return { node: (node ?? undefined) as YamlNode | undefined, key, depth };
}

/** YAML 1.2 (JSON is a subset), with positions kept for schema messages. Never throws. */
export function parseManifest(file: SourceFile): ParsedManifest {
  const lineCounter = new LineCounter();
  const doc = parseDocument(file.value, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toPlace = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: file.path, line, column: col };
  };
  const diagnostics: Diagnostic[] = [];
  for (const error of doc.errors) {
    const rule = error.code === 'DUPLICATE_KEY' ? 'manifest-duplicate-key' : 'manifest-syntax';
    const text =
      error.code === 'DUPLICATE_KEY'
        ? '同じキーが二度書かれています。'
        : `YAML の書き方に誤りがあります（${error.code}）。インデント、コロンの後の空白、引用符の閉じ忘れを確かめてください。`;
    diagnostics.push(diagnostic(toPlace(error.pos[0]), 'error', rule, text));
  }
  const data = doc.errors.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined;
  if (doc.errors.length === 0 && (data === null || data === undefined)) {
    diagnostics.push(diagnostic(toPlace(0), 'error', 'manifest-empty', 'マニフェストが空です。org と documents を書いてください（hoshin init で雛形を作れます）。'));
  }
  return {
    file,
    data,
    diagnostics,
    placeOf(path, options = {}) {
      const { node, key, depth } = nodeAt(doc, path);
      const target = options.key && depth === path.length ? key : node;
      const range = target?.range ?? node?.range;
      return toPlace(range ? range[0] : 0);
    },
  };
}
