import { hoshinVersion } from '../assets.js';
import { readRevision, type SourceRevision } from '../load/read-revision.js';
import type { BuildInfo } from '../render/build-info.js';
import type { Manifest } from '../validate/manifest.js';
import { sourceDateEpoch } from './source-date-epoch.js';

/** The policy's own latest date (revision or adoption), so a build outside git is still fixed. */
function policyDate(manifest: Manifest): Date {
  const dates = [manifest.adopted, ...(manifest.revisions ?? []).map((r) => r.date)].filter((d): d is string => Boolean(d)).sort();
  const latest = dates.at(-1);
  return latest ? new Date(`${latest.length === 7 ? `${latest}-01` : latest}T00:00:00Z`) : new Date('1980-01-01T00:00:00Z');
}

/** Version, date and revision for a build; SOURCE_DATE_EPOCH wins, as reproducible-builds.org asks. */
export async function buildInfo(
  dir: string,
  manifest: Manifest,
  env: Record<string, string | undefined>,
  // Callers may start git early, so that it runs while the policy compiles.
  revisionRead: Promise<SourceRevision | undefined> = readRevision(dir),
): Promise<BuildInfo> {
  const version = hoshinVersion();
  const revision = await revisionRead;
  const date = sourceDateEpoch(env) ?? revision?.date ?? policyDate(manifest);
  return { version, date, revision: revision && { commit: revision.commit, dirty: revision.dirty, author: revision.author } };
}
