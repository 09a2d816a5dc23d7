import { unknownVariable, type TemplateProblem } from './check-template.js';
import { HELPER_NAMES } from './interpret-template.js';
import { TemplateBudget } from './template-budget.js';

const PATH = '[A-Za-z_][\\w-]*(?:\\.[A-Za-z_][\\w-]*)*';
// Text (no braces, no backslash escapes) with `{{a.b}}` values: what almost all prose holds.
const SIMPLE = new RegExp(`^(?:[^{}\\\\]|\\{\\{[ \\t]*${PATH}[ \\t]*\\}\\})*$`);
const VALUE = new RegExp(`\\{\\{([ \\t]*)(${PATH})[ \\t]*\\}\\}`, 'g');

/**
 * The result runTemplate gives, for prose whose only templates are `{{a.b}}` values, found
 * without Handlebars' parser (≈40 % of a cold `hoshin check`); undefined for anything else.
 * Checks and placing follow check-template.ts; values that are not text go to Handlebars.
 */
export function runSimpleTemplate(source: string, context: Record<string, unknown>): { output?: string; problems: TemplateProblem[] } | undefined {
  if (!SIMPLE.test(source)) return undefined;
  const problems: TemplateProblem[] = [];
  let output = '';
  let last = 0;
  for (const match of source.matchAll(VALUE)) {
    const [whole, space, path] = match;
    if (HELPER_NAMES.has(path)) return undefined;
    let value: unknown = context;
    let found = true;
    for (const part of path.split('.')) {
      if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) {
        found = false;
        break;
      }
      value = (value as Record<string, unknown>)[part];
    }
    if (!found) {
      const at = match.index + 2 + space.length;
      const before = source.slice(0, at);
      problems.push({ line: before.split('\n').length, column: at - before.lastIndexOf('\n'), ruleId: 'template-unknown-variable', message: unknownVariable(path) });
      continue;
    }
    if (value !== null && value !== undefined && typeof value !== 'string') return undefined;
    output += source.slice(last, match.index) + (value ?? '');
    last = match.index + whole.length;
    // A long value named many times is a bomb without any #each: stop at the run's output limit.
    if (output.length > TemplateBudget.maxOutput) {
      const first = source.indexOf('{{');
      const before = source.slice(0, first);
      return { problems: [TemplateBudget.problem(before.split('\n').length, first - before.lastIndexOf('\n'))] };
    }
  }
  return problems.length > 0 ? { problems } : { output: output + source.slice(last), problems };
}
