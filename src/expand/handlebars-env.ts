import Handlebars from 'handlebars';
import { toWareki } from './wareki.js';

/**
 * One isolated Handlebars environment with hoshin's helpers. Prototype access stays disabled (the
 * Handlebars default); escaping is off because output lands in the model as text, never as HTML.
 */
export const handlebars = Handlebars.create();

type HelperOptions = { data: { root: { roles?: Record<string, { title: string }> } } };

handlebars.registerHelper('role', (id: unknown, options: HelperOptions) => {
  const role = options.data.root.roles?.[String(id)];
  if (!role) throw new Error(`unknown role ${String(id)}`);
  return role.title;
});

handlebars.registerHelper('wareki', (date: unknown) => {
  const text = typeof date === 'string' ? toWareki(date) : undefined;
  if (text === undefined) throw new Error(`not a date: ${String(date)}`);
  return text;
});

/** Helpers a template may call: hoshin's and Handlebars' own block helpers. */
export const KNOWN_HELPERS = new Set(['role', 'wareki', 'if', 'unless', 'each', 'with', 'lookup']);
