import type { ChangeSet } from '../../diff/types.js';
import type { Edition, Policy } from '../../model/types.js';
import type { BuildInfo, Output } from '../build-info.js';
import { comparisonOutputs, type ComparisonOutputOptions } from './comparison-outputs.js';
import type { Reviser } from './tracked-changes.js';

/** Both editions of a revision, or of the change set between two. */
export type ByEdition<T> = Record<Edition, T>;

/**
 * What `hoshin diff --out` writes, by path, in the two trees `hoshin build` writes: public/ holds
 * the 新旧対照表 and redline of public documents made from the public editions of both revisions
 * alone (for the 議会 and the web site: no internal text, no marking); internal/ those of every
 * document from the internal editions, internal text labelled 〔非公開〕 and the files marked.
 */
export async function comparisonTrees(
  old: ByEdition<Policy>,
  now: ByEdition<Policy>,
  changes: ByEdition<ChangeSet>,
  info: BuildInfo,
  reviser: Reviser,
  options: ComparisonOutputOptions = {},
): Promise<Map<string, Output>> {
  const files = new Map<string, Output>();
  for (const edition of ['public', 'internal'] as const) {
    const outputs = await comparisonOutputs(old[edition], now[edition], changes[edition], info, reviser, options);
    for (const [name, output] of outputs) files.set(`${edition}/${name}`, output);
  }
  return files;
}
