import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { assetPath } from '../../assets.js';

// Page layouts ship with hoshin like its code (templates/html/), so they are read once, as a
// module is loaded, not as policy input.
const DIRECTORY = assetPath('templates/html/');

/**
 * An isolated Handlebars environment for the page layouts (as in expand/handlebars-env.ts). No
 * helper is known, not even if/each, so a layout can only place prepared values: `{{x}}` escaped
 * text, `{{{x}}}` HTML that hast already serialized. Prototype access stays off.
 */
const layouts = Handlebars.create();
const NO_HELPERS = Object.fromEntries(
  ['helperMissing', 'blockHelperMissing', 'each', 'if', 'unless', 'with', 'log', 'lookup'].map((name) => [name, false]),
);
const compiled = new Map<string, HandlebarsTemplateDelegate>();

/** Fill templates/html/<name> with prepared data; a missing value is a bug, so it throws. */
export function fillTemplate(name: string, data: Record<string, string>): string {
  let template = compiled.get(name);
  if (!template) {
    // CRLF checkouts must not change the bytes (the style's CSP hash is taken over them).
    const source = readFileSync(join(DIRECTORY, name), 'utf8').replace(/\r\n?/g, '\n');
    template = layouts.compile(source, { strict: true, knownHelpersOnly: true, knownHelpers: NO_HELPERS });
    compiled.set(name, template);
  }
  return template(data, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
}
