import type { Nodes, Root, Text } from 'mdast';
import { diagnostic, type Diagnostic, type Place } from '../diagnostic.js';
import type { TemplateProblem } from './check-template.js';
import { remember, type ParseCache } from '../parse/parse-cache.js';
import { runSimpleTemplate } from './run-simple-template.js';
import { runTemplate } from './run-template.js';
import { TemplateBudget } from './template-budget.js';

function nthIndexOf(text: string, needle: string, n: number): number {
  let index = -1;
  for (let i = 0; i <= n; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) return -1;
  }
  return index;
}

/**
 * Where a problem inside a text node's value sits in the source file. The value may differ from
 * the source (escapes, entities), so count `{{` openings: the k-th in the value is the k-th in the
 * source slice of the node.
 */
function placeInSource(node: Text, problem: TemplateProblem, source: string, file: string): Place {
  const start = node.position?.start;
  if (!start || start.offset === undefined || node.position?.end.offset === undefined) {
    return { file, line: start?.line ?? 1, column: start?.column ?? 1 };
  }
  const valueLines = node.value.split('\n');
  const valueOffset = valueLines.slice(0, problem.line - 1).reduce((n, l) => n + l.length + 1, 0) + problem.column - 1;
  const k = (node.value.slice(0, valueOffset + 2).match(/\{\{/g) ?? []).length - 1;
  const slice = source.slice(start.offset, node.position.end.offset);
  const sourceOpen = nthIndexOf(slice, '{{', Math.max(k, 0));
  const valueOpen = nthIndexOf(node.value, '{{', Math.max(k, 0));
  const delta = sourceOpen >= 0 && valueOpen >= 0 ? sourceOpen + (valueOffset - valueOpen) : 0;
  const before = source.slice(0, start.offset + Math.max(delta, 0));
  const lines = before.split('\n');
  return { file, line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Every text node, in order (a plain walk: unist-util-visit's generality costs ≈10 ms a build here). */
function eachText(node: Nodes, call: (text: Text) => void): void {
  if (node.type === 'text') call(node);
  else if ('children' in node) for (const child of node.children) eachText(child, call);
}

/**
 * Fill `{{…}}` in every text node (not in code) from the manifest values; collect every problem.
 * What the values add counts against the document's growth budget (one per document, shared
 * with expandData).
 */
export function expandValues(tree: Root, source: string, file: string, context: Record<string, unknown>, cache?: ParseCache, growth = new TemplateBudget()): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const values = cache && JSON.stringify(context);
  eachText(tree, (node) => {
    if (!node.value.includes('{{')) return;
    // Prose values are quick to fill; what needs Handlebars is remembered (its compiler is slow to start).
    const result = runSimpleTemplate(node.value, context) ?? remember(cache, 'template', `${node.value}\0${values}`, () => runTemplate(node.value, context));
    for (const problem of result.problems) {
      diagnostics.push(diagnostic(placeInSource(node, problem, source, file), 'error', problem.ruleId, problem.message));
    }
    if (result.output === undefined) return;
    const grown = growth.grow(result.output.length - node.value.length);
    if (grown === 'ok') node.value = result.output;
    else if (grown === 'over') {
      const first = node.value.indexOf('{{');
      const before = node.value.slice(0, first);
      const problem = TemplateBudget.growthProblem(before.split('\n').length, first - before.lastIndexOf('\n'));
      diagnostics.push(diagnostic(placeInSource(node, problem, source, file), 'error', problem.ruleId, problem.message));
    }
  });
  return diagnostics;
}
