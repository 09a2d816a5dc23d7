import Handlebars from 'handlebars';
import { TemplateBudget } from './template-budget.js';
import { toWareki } from './wareki.js';

/** hoshin's own helpers, as plain functions of their argument and the template's root context. */
export const HOSHIN_HELPERS: Record<'role' | 'wareki', (value: unknown, root: Record<string, unknown>) => string> = {
  role(id, root) {
    // Own keys only: `constructor` or `__proto__` must not find Object's members.
    const roles = root.roles as Record<string, { title: string }> | undefined;
    const role = roles && Object.hasOwn(roles, String(id)) ? roles[String(id)] : undefined;
    if (!role) throw new Error(`未定義の役職 "${String(id)}" です。policy.yaml の roles に書いてください`);
    return role.title;
  },
  wareki(date) {
    const text = typeof date === 'string' ? toWareki(date) : undefined;
    if (text === undefined) throw new Error(`wareki に日付でない値「${String(date)}」が渡されました`);
    return text;
  },
};

/**
 * One isolated Handlebars environment with hoshin's helpers. Prototype access stays disabled (the
 * Handlebars default); escaping is off because output lands in the model as text, never as HTML.
 */
export const handlebars = Handlebars.create();

type HelperOptions = { data: { root: Record<string, unknown> } };
for (const [name, helper] of Object.entries(HOSHIN_HELPERS)) {
  handlebars.registerHelper(name, (value: unknown, options: HelperOptions) => helper(value, options.data.root));
}

/** A run's budget rides in its @data under a symbol (never copied into child frames, so found by the parent chain). */
export const BUDGET = Symbol('budget');
type Frame = { [BUDGET]?: TemplateBudget; _parent?: Frame } | undefined;
type BlockOptions = { fn: (context: unknown, options?: unknown) => string; data?: Frame };

function budgetOf(data: Frame): TemplateBudget | undefined {
  for (let frame = data; frame; frame = frame._parent) if (frame[BUDGET]) return frame[BUDGET];
  return undefined;
}

// Every iteration of #each is counted against the run's budget, and a body's output measured, so a
// nest of #each over many rows stops early instead of building gigabytes.
const each = handlebars.helpers.each;
handlebars.registerHelper('each', function (this: unknown, context: unknown, options: BlockOptions) {
  const budget = budgetOf(options.data);
  if (!budget) return each.call(this, context, options);
  const body = options.fn;
  const fn = Object.assign((value: unknown, inner?: unknown) => {
    budget.iterate();
    const out = body(value, inner);
    budget.output(out.length);
    return out;
  }, body);
  return each.call(this, context, { ...options, fn });
});

/** Helpers a template may call: hoshin's and Handlebars' own block helpers. */
export const KNOWN_HELPERS = new Set(['role', 'wareki', 'if', 'unless', 'each', 'with', 'lookup']);
