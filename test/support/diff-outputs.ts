import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { diffPolicies } from '../../src/diff/diff-policies.js';
import type { ComparisonOutputOptions } from '../../src/render/comparison/comparison-outputs.js';
import { comparisonTrees } from '../../src/render/comparison/comparison-trees.js';
import type { Output } from '../../src/render/build-info.js';
import type { Compilation } from '../../src/compile.js';
import { compileFolder, ROOT, TEST_INFO } from './build-example.js';

/** Revision pairs: test/fixtures/diff/<case>/{old,new}/, each a policy folder. */
export const DIFF_FIXTURES = join(ROOT, 'test', 'fixtures', 'diff');
export const DIFF_CASES = readdirSync(DIFF_FIXTURES).sort();

/** The redline's author and date in tests (a git revision's commit gives them in real use). */
export const TEST_REVISER = { author: '情報政策課', date: TEST_INFO.date };

/** What `hoshin diff old new --out` writes (public/…, internal/…) for two compiled revisions, rendered in-process. */
export async function diffCompiled(a: Compilation, b: Compilation, options: ComparisonOutputOptions = {}): Promise<Map<string, Output>> {
  for (const c of [a, b]) {
    const errors = c.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0 || !c.internal || !c.public || !c.manifest) throw new Error(`fixture does not compile: ${JSON.stringify(errors)}`);
  }
  const changes = (edition: 'public' | 'internal') => diffPolicies({ policy: a[edition]!, manifest: a.manifest! }, { policy: b[edition]!, manifest: b.manifest! });
  return comparisonTrees(
    { public: a.public!, internal: a.internal! },
    { public: b.public!, internal: b.internal! },
    { public: changes('public'), internal: changes('internal') },
    TEST_INFO,
    TEST_REVISER,
    options,
  );
}

/** The same for two policy folders. */
export async function diffOutputs(oldDir: string, newDir: string, options: ComparisonOutputOptions = {}): Promise<Map<string, Output>> {
  return diffCompiled(await compileFolder(oldDir), await compileFolder(newDir), options);
}
