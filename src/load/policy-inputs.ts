import type { PolicyFiles } from './policy-files.js';

/** The names a policy's manifest may have, in the order they are looked for. */
export const MANIFEST_NAMES = ['policy.yaml', 'policy.yml', 'policy.json'];

/**
 * The files (relative to the policy folder, / separators) whose change means a rebuild: any
 * manifest name, the sources it lists (also missing or refused ones, which may yet be fixed) and templates.
 */
export function isPolicyInput(path: string, files?: PolicyFiles): boolean {
  if (MANIFEST_NAMES.includes(path) || (path.startsWith('templates/') && path.endsWith('.hbs'))) return true;
  return files !== undefined && (files.sources.has(path) || files.missing.has(path) || files.unread?.has(path) === true);
}

/**
 * The policy's inputs as git pathspecs relative to its folder: every manifest name, the listed
 * sources (also missing ones) and templates. Whether these changed is whether a build differs
 * from the commit; outputs and notes in the folder are not among them.
 */
export function policyInputPaths(files: PolicyFiles): string[] {
  const literal = (path: string) => `:(literal)${path}`;
  return [...MANIFEST_NAMES.map(literal), ...[...files.sources.keys(), ...files.missing].map(literal), ':(glob)templates/*.hbs'];
}
