import type { Root, RootContent } from 'mdast';
import type { LeafDirective } from 'mdast-util-directive';
import { diagnostic, type Diagnostic, type Place } from '../diagnostic.js';
import type { SourceFile } from '../load/policy-files.js';
import { remember, type ParseCache } from '../parse/parse-cache.js';
import { parseMarkdown } from '../parse/parse-markdown.js';
import type { Manifest } from '../validate/manifest.js';
import { prepareTable } from './prepare-table.js';
import { runTemplate } from './run-template.js';
import { TemplateBudget } from './template-budget.js';

export interface GeneratedTable {
  caption?: string;
}

declare module 'mdast' {
  interface Data {
    /** Set on tables made from manifest data. */
    table?: GeneratedTable;
  }
}

function stamp(nodes: RootContent[], position: LeafDirective['position']): void {
  const walk = (node: { position?: unknown; children?: unknown[] }) => {
    node.position = position;
    for (const child of node.children ?? []) walk(child as { position?: unknown; children?: unknown[] });
  };
  for (const node of nodes) walk(node as { position?: unknown; children?: unknown[] });
}

function expandOne(
  directive: LeafDirective,
  file: string,
  manifest: Manifest,
  templates: ReadonlyMap<string, SourceFile>,
  diagnostics: Diagnostic[],
  cache: ParseCache | undefined,
  growth: TemplateBudget,
): RootContent[] {
  const place: Place = { file, line: directive.position?.start.line ?? 1, column: directive.position?.start.column ?? 1 };
  const source = directive.attributes?.source ?? '';
  // Own keys only: `constructor`, `__proto__` or `toString` name no data, not Object's members.
  const spec = manifest.data && Object.hasOwn(manifest.data, source) ? manifest.data[source] : undefined;
  if (!spec) {
    const known = Object.keys(manifest.data ?? {});
    const hint = known.length > 0 ? `使えるのは ${known.join('、')} です。` : 'policy.yaml の data に表のデータを書いてください。';
    diagnostics.push(diagnostic(place, 'error', 'data-unknown', `::data-table の source「${source}」に当たるデータがありません。${hint}`));
    return [];
  }
  const name = directive.attributes?.template ?? spec.template ?? 'data-table';
  const template = templates.get(name);
  if (!template) {
    diagnostics.push(diagnostic(place, 'error', 'template-missing', `テンプレート ${name}.hbs が見つかりません（templates/ に置いてください）。`));
    return [];
  }
  const data = prepareTable(spec) as unknown as Record<string, unknown>;
  const result = remember(cache, 'template', `${template.value}\0${JSON.stringify(data)}`, () => runTemplate(template.value, data));
  for (const p of result.problems) {
    // A run over its limits is the directive's doing (its data), so it is placed there.
    const at = p.ruleId === 'template-too-large' ? place : { file: template.path, line: p.line, column: p.column };
    diagnostics.push(diagnostic(at, 'error', p.ruleId, p.message));
  }
  if (result.output === undefined) return [];
  const grown = growth.grow(result.output.length);
  if (grown !== 'ok') {
    if (grown === 'over') diagnostics.push(diagnostic(place, 'error', 'template-too-large', TemplateBudget.growthProblem(place.line, place.column).message));
    return [];
  }
  const nodes = parseMarkdown(result.output, cache).children;
  stamp(nodes, directive.position);
  const caption = directive.attributes?.caption ?? spec.caption;
  for (const node of nodes) if (node.type === 'table') node.data = { ...node.data, table: { caption } };
  return nodes;
}

/** Replace every `::data-table{source=…}` with the table its template renders from manifest data. */
export function expandData(tree: Root, file: string, manifest: Manifest, templates: ReadonlyMap<string, SourceFile>, cache?: ParseCache, growth = new TemplateBudget()): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const walk = (parent: { children: RootContent[] }) => {
    parent.children = parent.children.flatMap((child) => {
      if (child.type === 'leafDirective' && child.name === 'data-table') return expandOne(child, file, manifest, templates, diagnostics, cache, growth);
      if ('children' in child && Array.isArray(child.children)) walk(child as { children: RootContent[] });
      return [child];
    });
  };
  walk(tree);
  return diagnostics;
}
