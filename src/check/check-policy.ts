import type { Diagnostic } from '../diagnostic.js';
import type { CheckInput, Rule } from './rule.js';
import { idDerived } from './rules/id-derived.js';
import { idDuplicate } from './rules/id-duplicate.js';
import { internalSyntax } from './rules/internal-syntax.js';
import { refInternal } from './rules/ref-internal.js';
import { refUnknown } from './rules/ref-unknown.js';

export const RULES: readonly Rule[] = [idDuplicate, refUnknown, refInternal, internalSyntax, idDerived];

/** Run every rule over the compiled policy; all problems are returned, none thrown. */
export function checkPolicy(input: CheckInput): Diagnostic[] {
  return RULES.flatMap((rule) => rule.run(input));
}
