import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { diffPolicies } from '../../src/diff/diff-policies.js';
import { comparisonOutputs, type ComparisonOutputOptions } from '../../src/render/comparison/comparison-outputs.js';
import type { Output } from '../../src/render/build-info.js';
import { compileFolder, ROOT, TEST_INFO } from './build-example.js';

/** Revision pairs: test/fixtures/diff/<case>/{old,new}/, each a policy folder. */
export const DIFF_FIXTURES = join(ROOT, 'test', 'fixtures', 'diff');
export const DIFF_CASES = readdirSync(DIFF_FIXTURES).sort();

/** The redline's author and date in tests (a git revision's commit gives them in real use). */
export const TEST_REVISER = { author: '情報政策課', date: TEST_INFO.date };

/** What `hoshin diff old new --out` writes for two policy folders, rendered in-process. */
export async function diffOutputs(oldDir: string, newDir: string, options: ComparisonOutputOptions = {}): Promise<Map<string, Output>> {
  const [a, b] = [await compileFolder(oldDir), await compileFolder(newDir)];
  for (const c of [a, b]) {
    const errors = c.diagnostics.filter((d) => d.severity === 'error');
    if (errors.length > 0 || !c.internal || !c.manifest) throw new Error(`fixture does not compile: ${JSON.stringify(errors)}`);
  }
  const changes = diffPolicies({ policy: a.internal!, manifest: a.manifest! }, { policy: b.internal!, manifest: b.manifest! });
  return comparisonOutputs(a.internal!, b.internal!, changes, TEST_INFO, TEST_REVISER, options);
}
