import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, type Compilation } from '../../src/compile.js';
import { loadPolicy } from '../../src/load/load-policy.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const EXAMPLES = join(ROOT, 'examples');
export const SEEDS = join(ROOT, '..', 'shared', 'seeds');

/** Load and compile a policy folder in-process (the CLI's pipeline without its I/O of output). */
export async function compileFolder(dir: string): Promise<Compilation> {
  return compile(await loadPolicy(dir));
}

/** Build facts fixed for tests: fixed so golden files do not depend on the clock or git. */
export const TEST_INFO = { version: '0.0.0-test', date: new Date('2026-03-31T00:00:00Z') };
