import { hoshinVersion } from '../assets.js';
import type { Side } from '../load/resolve-side.js';
import type { Reviser } from '../render/comparison/tracked-changes.js';
import type { BuildInfo } from '../render/build-info.js';
import type { Manifest } from '../validate/manifest.js';
import { buildInfo } from './build-info.js';
import { UsageError } from './usage-error.js';

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
  const epoch = env.SOURCE_DATE_EPOCH;
  if (epoch !== undefined && !/^\d+$/.test(epoch)) throw new UsageError(`SOURCE_DATE_EPOCH は秒数（整数）で指定してください（指定: ${epoch}）。`);
  const version = hoshinVersion();
  const date = epoch !== undefined ? new Date(Number(epoch) * 1000) : side.commit.date;
  return {
    info: { version, date, revision: { commit: side.commit.id, dirty: false, author: side.commit.author } },
    reviser: { author: side.commit.author, date },
  };
}
