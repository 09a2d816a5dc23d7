import { toWareki } from './wareki.js';
import { KNOWN_HELPERS } from './handlebars-env.js';

type Statement = hbs.AST.Statement;
type Expression = hbs.AST.Expression;

/** A template problem, placed in the template's own text (1-based line, 1-based column). */
export interface TemplateProblem {
  line: number;
  column: number;
  ruleId: string;
  message: string;
}

function lookup(context: unknown, parts: readonly string[]): { found: boolean; value?: unknown } {
  let value: unknown = context;
  for (const part of parts) {
    if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) return { found: false };
    value = (value as Record<string, unknown>)[part];
  }
  return { found: true, value };
}

export const unknownVariable = (path: string) => `未定義の値 {{${path}}} です。policy.yaml の項目名（org.name、org.self、adopted など）を確かめてください。`;

/**
 * Static check of a parsed template against the values it will see: every unknown variable, helper
 * or role is reported with its place, all of them, before anything runs. Inside #each / #with the
 * context is not known statically, so only @root paths are checked there.
 */
export function checkTemplate(program: hbs.AST.Program, context: Record<string, unknown>): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const at = (node: { loc: hbs.AST.SourceLocation }, ruleId: string, message: string) =>
    problems.push({ line: node.loc.start.line, column: node.loc.start.column + 1, ruleId, message });

  const checkPath = (path: hbs.AST.PathExpression, scoped: boolean) => {
    if (path.data) {
      // `@root.org.name` has the parts root, org, name: the rest is a path in the root context.
      if (path.parts.length > 1 && path.parts[0] === 'root') {
        if (!lookup(context, path.parts.slice(1)).found) at(path, 'template-unknown-variable', `未定義の値 ${path.original} です。`);
      }
      return;
    }
    if (scoped || path.original === 'this' || path.original.startsWith('this.') || path.depth > 0) return;
    if (!lookup(context, path.parts).found) {
      at(path, 'template-unknown-variable', unknownVariable(path.original));
    }
  };

  const checkParams = (params: Expression[], scoped: boolean) => {
    for (const p of params) {
      if (p.type === 'PathExpression') checkPath(p as hbs.AST.PathExpression, scoped);
      else if (p.type === 'SubExpression') checkCall(p as hbs.AST.SubExpression, scoped);
    }
  };

  const checkCall = (node: hbs.AST.MustacheStatement | hbs.AST.SubExpression | hbs.AST.BlockStatement, scoped: boolean) => {
    const path = node.path as hbs.AST.PathExpression;
    const isCall = node.params.length > 0 || (node.hash?.pairs.length ?? 0) > 0 || node.type !== 'MustacheStatement';
    if (path.type !== 'PathExpression') return;
    if (KNOWN_HELPERS.has(path.original)) {
      checkParams(node.params, scoped);
      const arg = node.params[0];
      if (path.original === 'role' && arg?.type === 'StringLiteral') {
        const id = (arg as hbs.AST.StringLiteral).value;
        if (!lookup(context, ['roles', id]).found) at(arg, 'role-unknown', `未定義の役職 "${id}" です。policy.yaml の roles に書いてください。`);
      }
      // `{{lookup org "constructor"}}` names a key as a string: it must be an own key like a path's.
      const key = node.params[1];
      if (path.original === 'lookup' && !scoped && arg?.type === 'PathExpression' && key?.type === 'StringLiteral') {
        const parts = [...(arg as hbs.AST.PathExpression).parts, (key as hbs.AST.StringLiteral).value];
        const base = arg as hbs.AST.PathExpression;
        if (!base.data && base.depth === 0 && lookup(context, base.parts).found && !lookup(context, parts).found) {
          at(key, 'template-unknown-variable', unknownVariable(`${base.original}.${(key as hbs.AST.StringLiteral).value}`));
        }
      }
      if (path.original === 'wareki' && arg && !scoped) {
        const value = arg.type === 'StringLiteral' ? (arg as hbs.AST.StringLiteral).value : arg.type === 'PathExpression' ? lookup(context, (arg as hbs.AST.PathExpression).parts).value : undefined;
        if (arg.type !== 'SubExpression' && (typeof value !== 'string' || toWareki(value) === undefined) && (arg.type !== 'PathExpression' || lookup(context, (arg as hbs.AST.PathExpression).parts).found)) {
          at(arg, 'template-value', 'wareki には日付（YYYY-MM-DD または YYYY-MM）を渡してください。');
        }
      }
      return;
    }
    if (isCall) {
      at(path, 'template-unknown-helper', `未定義のヘルパー ${path.original} です。使えるのは role、wareki、if、unless、each、with です。`);
      return;
    }
    checkPath(path, scoped);
  };

  const walk = (statements: Statement[], scoped: boolean) => {
    for (const s of statements) {
      if (s.type === 'MustacheStatement') checkCall(s as hbs.AST.MustacheStatement, scoped);
      else if (s.type === 'BlockStatement') {
        const block = s as hbs.AST.BlockStatement;
        checkCall(block, scoped);
        const name = (block.path as hbs.AST.PathExpression).original;
        const inner = scoped || name === 'each' || name === 'with';
        walk(block.program?.body ?? [], inner);
        walk(block.inverse?.body ?? [], scoped);
      } else if (s.type === 'PartialStatement' || s.type === 'PartialBlockStatement' || s.type === 'DecoratorBlock' || s.type === 'Decorator') {
        at(s as unknown as { loc: hbs.AST.SourceLocation }, 'template-unknown-partial', 'パーシャル（{{> …}}）は使えません。');
      }
    }
  };
  walk(program.body, false);
  return problems;
}
