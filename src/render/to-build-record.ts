import { createHash } from 'node:crypto';
import type { BuildInfo, Output } from './build-info.js';

/**
 * dist/build.json: what was built from which source — every output with its sha256 and size, the
 * hoshin version, the source revision and the date used — so an auditor can tie a published file
 * to the approved revision.
 */
export function toBuildRecord(files: ReadonlyMap<string, Output>, info: BuildInfo): string {
  const outputs = [...files]
    .map(([path, content]) => {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
      return { path, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.byteLength };
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const record = {
    hoshin: info.version,
    date: info.date.toISOString(),
    source: info.revision ? { commit: info.revision.commit, dirty: info.revision.dirty } : null,
    outputs,
  };
  return JSON.stringify(record, null, 2) + '\n';
}
