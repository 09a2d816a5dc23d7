import Handlebars from 'handlebars';
import { toWareki } from './wareki.js';

/** hoshin's own helpers, as plain functions of their argument and the template's root context. */
export const HOSHIN_HELPERS: Record<'role' | 'wareki', (value: unknown, root: Record<string, unknown>) => string> = {
  role(id, root) {
    const role = (root.roles as Record<string, { title: string }> | undefined)?.[String(id)];
    if (!role) throw new Error(`unknown role ${String(id)}`);
    return role.title;
  },
  wareki(date) {
    const text = typeof date === 'string' ? toWareki(date) : undefined;
    if (text === undefined) throw new Error(`not a date: ${String(date)}`);
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

/** Helpers a template may call: hoshin's and Handlebars' own block helpers. */
export const KNOWN_HELPERS = new Set(['role', 'wareki', 'if', 'unless', 'each', 'with', 'lookup']);
