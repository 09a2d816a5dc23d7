import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXAMPLES } from './support/build-example.js';
import { runCliAsync } from './support/run-cli.js';

// Same source, same bytes: two builds by the real CLI in separate processes (other time zone,
// other output folder, other formats beside) give DOCX files with the same sha256.

const work = mkdtempSync(join(tmpdir(), 'hoshin-docx-repro-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function docxHashes(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const edition of ['public', 'internal']) {
    for (const name of readdirSync(join(dir, edition)).filter((n) => n.endsWith('.docx')).sort()) {
      out[`${edition}/${name}`] = createHash('sha256').update(readFileSync(join(dir, edition, name))).digest('hex');
    }
  }
  return out;
}

describe('reproducible DOCX', () => {
  it.each(readdirSync(EXAMPLES))('%s: two builds in separate processes give the same sha256', async (example) => {
    const [a, b] = [join(work, `${example}-a`), join(work, `${example}-b`)];
    const [first, second] = await Promise.all([
      runCliAsync(['build', join(EXAMPLES, example), '--out', a], { env: { TZ: 'Asia/Tokyo' } }),
      runCliAsync(['build', join(EXAMPLES, example), '--out', b, '--format', 'docx'], { env: { TZ: 'America/Los_Angeles' } }),
    ]);
    expect(first.status, first.stderr).toBe(0);
    expect(second.status, second.stderr).toBe(0);
    const hashes = docxHashes(a);
    expect(Object.keys(hashes)).toContain('internal/approval.docx');
    expect(docxHashes(b)).toEqual(hashes);
  });
});
