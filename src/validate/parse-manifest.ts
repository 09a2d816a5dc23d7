import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node as YamlNode } from 'yaml';
import { diagnostic, type Diagnostic, type Place } from '../diagnostic.js';
import type { SourceFile } from '../load/policy-files.js';
import { remember, type ParseCache } from '../parse/parse-cache.js';
import { checkTags } from './check-tags.js';
import { yamlMessage } from './yaml-message.js';

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

/** Offset of the quote left open in a YAML text: the last quote of the first line with an odd count. */
function openQuote(text: string, quote: string): number | undefined {
  let offset = 0;
  for (const line of text.split('\n')) {
    const body = line.replace(/\s#.*$/, '');
    const count = body.split(quote).length - 1;
    if (count % 2 === 1) return offset + body.lastIndexOf(quote);
    offset += line.length + 1;
  }
  return undefined;
}

/**
 * policy.json must be JSON (no comments, no trailing commas), which YAML would accept. V8 names an
 * offset for most errors; a trailing comma, the commonest slip, is found by looking for it.
 */
function jsonSyntaxOffset(text: string): number | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const position = /at position (\d+)/.exec(error instanceof Error ? error.message : '');
    if (position) return Number(position[1]);
    const trailing = /,\s*[\]}]/.exec(text);
    return trailing ? trailing.index : 0;
  }
}

// load/ reads the manifest to find the sources and compile validates it: one parse serves both.
const parsed = new WeakMap<SourceFile, ParsedManifest>();

/**
 * YAML 1.2 (JSON is a subset), with positions kept for schema messages. Never throws. With a
 * cache, the data and problems come from it, and the YAML is parsed for positions only when a
 * message needs one (a cold parse costs ≈25 ms of a `hoshin check`).
 */
export function parseManifest(file: SourceFile, cache?: ParseCache): ParsedManifest {
  let result = parsed.get(file);
  if (!result) parsed.set(file, (result = cache ? fromCache(file, cache) : parseFile(file)));
  return result;
}

function fromCache(file: SourceFile, cache: ParseCache): ParsedManifest {
  let full: ParsedManifest | undefined;
  const parse = () => (full ??= parseFile(file));
  const { data, diagnostics } = remember(cache, 'manifest', `${file.path}\0${file.value}`, () => {
    const { data, diagnostics } = parse();
    return { data, diagnostics };
  });
  return { file, data, diagnostics, placeOf: (path, options) => parse().placeOf(path, options) };
}

/**
 * The document's values. Aliases nested in aliases grow exponentially (a "billion laughs" in a few
 * lines), so yaml stops after 100 expansions; that is reported at the first alias, not thrown.
 */
function toData(doc: Document, toPlace: (offset: number) => Place, diagnostics: Diagnostic[]): unknown {
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    if (!(error instanceof ReferenceError) || !/alias/i.test(error.message)) throw error;
    let offset = 0;
    visit(doc, (_key, node) => {
      if (!isAlias(node)) return undefined;
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    });
    const bomb = /excessive/i.test(error.message);
    diagnostics.push(diagnostic(toPlace(offset), 'error', bomb ? 'manifest-too-complex' : 'manifest-syntax', yamlMessage(bomb ? 'ALIAS_COUNT' : 'MISSING_ANCHOR')));
    return undefined;
  }
}

function parseFile(file: SourceFile): ParsedManifest {
  const lineCounter = new LineCounter();
  // logLevel error: yaml's warnings (a collection as a key) would reach stderr in English; the schema reports them.
  const doc = parseDocument(file.value, { lineCounter, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  const toPlace = (offset: number): Place => {
    const { line, col } = lineCounter.linePos(offset);
    return { file: file.path, line, column: col };
  };
  const diagnostics: Diagnostic[] = [];
  const jsonError = file.path.endsWith('.json') ? jsonSyntaxOffset(file.value) : undefined;
  if (jsonError !== undefined) {
    diagnostics.push(diagnostic(toPlace(jsonError), 'error', 'manifest-syntax', 'JSON の書き方に誤りがあります。カンマの過不足、引用符、括弧を確かめてください（JSON にはコメントも書けません）。'));
  }
  for (const error of jsonError === undefined ? doc.errors : []) {
    const rule = error.code === 'DUPLICATE_KEY' ? 'manifest-duplicate-key' : error.code === 'RESOURCE_EXHAUSTION' ? 'manifest-too-complex' : 'manifest-syntax';
    const quote = error.code === 'MISSING_CHAR' ? /closing (["'])/.exec(error.message)?.[1] : undefined;
    let offset = (quote ? openQuote(file.value, quote) : undefined) ?? error.pos[0];
    // yaml gives up where its stack ran out, which depends on the machine: point at the nest's start.
    if (error.code === 'RESOURCE_EXHAUSTION') {
      while (offset > 0 && /[[{\s-]/.test(file.value[offset - 1])) offset--;
      while (/\s/.test(file.value[offset] ?? '')) offset++;
    }
    diagnostics.push(diagnostic(toPlace(offset), 'error', rule, yamlMessage(error.code)));
  }
  if (jsonError === undefined) diagnostics.push(...checkTags(doc, file.value, toPlace));
  const broken = doc.errors.length > 0 || jsonError !== undefined;
  const data = broken ? undefined : toData(doc, toPlace, diagnostics);
  if (!broken && diagnostics.length === 0 && (data === null || data === undefined)) {
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
