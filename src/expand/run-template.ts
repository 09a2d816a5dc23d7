import { checkTemplate, type TemplateProblem } from './check-template.js';
import { handlebars } from './handlebars-env.js';
import { interpretTemplate } from './interpret-template.js';

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
  try {
    const output = interpretTemplate(program, context);
    if (output !== undefined) return { output, problems: [] };
    let template = cache.get(source);
    if (!template) {
      template = handlebars.compile(program, { noEscape: true, strict: false });
      cache.set(source, template);
    }
    return { output: template(context), problems: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { problems: [{ line: 1, column: 1, ruleId: 'template-value', message: `値を埋め込めませんでした（${message}）。` }] };
  }
}
