import { hoshinVersion } from '../assets.js';
import type { Side } from '../load/resolve-side.js';
import type { Reviser } from '../render/comparison/tracked-changes.js';
import type { BuildInfo } from '../render/build-info.js';
import type { Manifest } from '../validate/manifest.js';
import { buildInfo } from './build-info.js';
import { sourceDateEpoch } from './source-date-epoch.js';

/**
 * The build facts of `hoshin diff --out` and who the redline's changes are by: a git revision
 * gives its commit (date and author; SOURCE_DATE_EPOCH still wins for the date); a folder is
 * dated like a build of it and its changes are by "hoshin".
 */
export async function diffBuildInfo(side: Side, manifest: Manifest, env: Record<string, string | undefined>): Promise<{ info: BuildInfo; reviser: Reviser }> {
  if (!side.commit) {
    const info = await buildInfo(side.dir, manifest, env);
    return { info, reviser: { author: 'hoshin', date: info.date } };
  }
  const version = hoshinVersion();
  const date = sourceDateEpoch(env) ?? side.commit.date;
  return {
    info: { version, date, revision: { commit: side.commit.id, dirty: false, author: side.commit.author } },
    reviser: { author: side.commit.author, date },
  };
}
