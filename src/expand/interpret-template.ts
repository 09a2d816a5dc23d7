import { HOSHIN_HELPERS } from './handlebars-env.js';
import type { TemplateBudget } from './template-budget.js';

type Statement = hbs.AST.Statement;

// Names Handlebars would treat as a helper call when written alone ({{wareki}}).
export const HELPER_NAMES = new Set([...Object.keys(HOSHIN_HELPERS), 'if', 'unless', 'each', 'with', 'lookup', 'log', 'helperMissing', 'blockHelperMissing']);
const PLAIN_PATH = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*$/;

/** `a.b` as written, not `this.a`, `../a`, `@root.a` or `a/b`. */
const isPlain = (path: hbs.AST.PathExpression) => !path.data && path.depth === 0 && PLAIN_PATH.test(path.original) && path.original === path.parts.join('.');

/**
 * A value as Handlebars looks it up (own properties only: prototype access is off), or undefined
 * when only Handlebars can say (a property of a string or number).
 */
function lookup(context: unknown, path: string): { value: unknown } | undefined {
  let value = context;
  for (const part of path.split('.')) {
    if (value === null || value === undefined) return { value: undefined };
    if (typeof value !== 'object') return undefined;
    const next = (value as Record<string, unknown>)[part];
    value = Object.hasOwn(value, part) ? next : undefined;
  }
  return { value };
}

function argument(param: hbs.AST.Expression, context: Record<string, unknown>): { value: unknown } | undefined {
  if (param.type === 'StringLiteral' || param.type === 'NumberLiteral' || param.type === 'BooleanLiteral') return { value: (param as hbs.AST.StringLiteral).value };
  return param.type === 'PathExpression' && isPlain(param as hbs.AST.PathExpression) ? lookup(context, (param as hbs.AST.PathExpression).original) : undefined;
}

/**
 * Run the templates prose is made of — text, `{{a.b}}` values, `{{role "x"}}`, `{{wareki d}}` —
 * without compiling them: Handlebars' compiler costs more than the rest of `hoshin check` on a
 * cold start. Gives what the compiled template would (noEscape, strict off), or undefined for
 * anything else (blocks, partials, sub-expressions, hashes), which goes to Handlebars. The output
 * is measured against the budget as it grows (a long value repeated is a bomb without any #each).
 */
export function interpretTemplate(program: hbs.AST.Program, context: Record<string, unknown>, budget?: TemplateBudget): string | undefined {
  let out = '';
  for (const statement of program.body as Statement[]) {
    if (statement.type === 'ContentStatement') {
      out += (statement as hbs.AST.ContentStatement).value;
      continue;
    }
    if (statement.type === 'CommentStatement') continue;
    if (statement.type !== 'MustacheStatement') return undefined;
    const { path, params, hash } = statement as hbs.AST.MustacheStatement;
    if (path.type !== 'PathExpression' || hash) return undefined;
    const name = (path as hbs.AST.PathExpression).original;
    if (!isPlain(path as hbs.AST.PathExpression)) return undefined;
    let value: unknown;
    if (params.length === 0) {
      const found = HELPER_NAMES.has(name) ? undefined : lookup(context, name);
      if (!found) return undefined;
      value = found.value;
    } else {
      const helper = Object.hasOwn(HOSHIN_HELPERS, name) ? HOSHIN_HELPERS[name as keyof typeof HOSHIN_HELPERS] : undefined;
      const arg = params.length === 1 ? argument(params[0], context) : undefined;
      if (!helper || !arg) return undefined;
      value = helper(arg.value, context);
    }
    // Other values go to Handlebars, whose generated code adds adjacent numbers ({{a}}{{b}} → 5).
    if (value === null || value === undefined) continue;
    if (typeof value !== 'string') return undefined;
    out += value;
    budget?.output(out.length);
  }
  return out;
}
