import { checkTemplate, type TemplateProblem } from './check-template.js';
import { BUDGET, handlebars } from './handlebars-env.js';
import { interpretTemplate } from './interpret-template.js';
import { TemplateBudget } from './template-budget.js';

export interface TemplateResult {
  output?: string;
  problems: TemplateProblem[];
}

function syntaxProblem(source: string, error: unknown): TemplateProblem {
  const text = error instanceof Error ? error.message : String(error);
  const line = Number(/on line (\d+)/.exec(text)?.[1] ?? 1);
  const lineText = source.split('\n')[line - 1] ?? '';
  const open = lineText.lastIndexOf('{{');
  return {
    line,
    column: open >= 0 ? open + 1 : 1,
    ruleId: 'template-syntax',
    message: '{{ … }} の書き方に誤りがあります（閉じる }} や {{/if}} などの不足、余分な括弧）。',
  };
}

const cache = new Map<string, HandlebarsTemplateDelegate>();

/** Statements in a template, blocks' bodies included: what one iteration may cost at most. */
function countStatements(program: hbs.AST.Program | undefined): number {
  let n = 0;
  for (const s of program?.body ?? []) {
    n++;
    if (s.type === 'BlockStatement') {
      const block = s as hbs.AST.BlockStatement;
      n += countStatements(block.program) + countStatements(block.inverse);
    }
  }
  return n;
}

/** Where a run over its limits is reported: its first block (the likely loop), else its first value. */
function firstTemplate(program: hbs.AST.Program): { line: number; column: number } {
  const statements = program.body.filter((s) => s.type === 'BlockStatement' || s.type === 'MustacheStatement');
  const first = statements.find((s) => s.type === 'BlockStatement') ?? statements[0];
  return first ? { line: first.loc.start.line, column: first.loc.start.column + 1 } : { line: 1, column: 1 };
}

/** Check, then run, one template; never throws. Problems are placed in the template's text. */
export function runTemplate(source: string, context: Record<string, unknown>): TemplateResult {
  let program;
  try {
    program = handlebars.parse(source);
  } catch (error) {
    return { problems: [syntaxProblem(source, error)] };
  }
  const problems = checkTemplate(program, context);
  if (problems.length > 0) return { problems };
  const budget = new TemplateBudget(countStatements(program));
  const tooLarge = () => {
    const at = firstTemplate(program);
    return { problems: [TemplateBudget.problem(at.line, at.column)] };
  };
  try {
    const interpreted = interpretTemplate(program, context, budget);
    if (interpreted !== undefined) return { output: interpreted, problems: [] };
    let template = cache.get(source);
    if (!template) {
      template = handlebars.compile(program, { noEscape: true, strict: false });
      cache.set(source, template);
    }
    const output = template(context, { data: { [BUDGET]: budget } });
    budget.output(output.length);
    return { output, problems: [] };
  } catch (error) {
    // V8's own limit on a string's length is the same failure, reached another way.
    if (budget.exceeded || (error instanceof RangeError && /string length/.test(error.message))) return tooLarge();
    const message = error instanceof Error ? error.message : String(error);
    const at = firstTemplate(program);
    return { problems: [{ ...at, ruleId: 'template-value', message: `値を埋め込めませんでした（${message}）。` }] };
  }
}
