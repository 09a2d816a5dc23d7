import { createHash } from 'node:crypto';
import type { BuildInfo, Output } from './build-info.js';

/**
 * dist/build.json: what was built from which source — every output with its sha256 and size, the
 * hoshin version, the source revision and the date used — so an auditor can tie a published file
 * to the approved revision.
 */
export function toBuildRecord(files: ReadonlyMap<string, Output>, info: BuildInfo): string {
  const outputs = [...files]
    // Hashed as they are, without a UTF-8 copy of every page held at once (a 2 MB build's peak).
    .map(([path, content]) => ({ path, sha256: createHash('sha256').update(content).digest('hex'), size: Buffer.byteLength(content) }))
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const record = {
    hoshin: info.version,
    date: info.date.toISOString(),
    source: info.revision ? { commit: info.revision.commit, dirty: info.revision.dirty } : null,
    outputs,
  };
  return JSON.stringify(record, null, 2) + '\n';
}
