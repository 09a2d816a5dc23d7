// Dates are Asia/Tokyo whatever the machine's TZ: a commit made at 2026-04-01 08:30 JST
// (2026-03-31T23:30:00Z) dates the outputs 令和8年4月1日 on a machine set to UTC (a CI runner) or
// to New York, in the build's HTML, the 新旧対照表 and redline of `hoshin diff --out` (the tracked
// changes' time as Word shows it, the DOCX zip entries), and the same with SOURCE_DATE_EPOCH.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';

const INSTANT = '2026-03-31T23:30:00Z';
const EPOCH = String(Date.parse(INSTANT) / 1000);
const ZONES = ['UTC', 'America/New_York'];

let scratch: string;
let repo: string;

/** Every file under a folder, by path relative to it. */
const filesUnder = (dir: string) => readdirSync(dir, { recursive: true }).map(String);

/** The date and time of the first entry of a zip (its local header), as "YYYY-MM-DD HH:MM". */
function zipEntryTime(bytes: Buffer): string {
  const time = bytes.readUInt16LE(10);
  const date = bytes.readUInt16LE(12);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${1980 + (date >> 9)}-${two((date >> 5) & 15)}-${two(date & 31)} ${two(time >> 11)}:${two((time >> 5) & 63)}`;
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'hoshin-tokyo-'));
  repo = join(scratch, 'repo');
  mkdirSync(repo);
  writeFileSync(join(repo, 'policy.yaml'), 'org: { name: テスト市, kind: 市, self: 本市 }\nadopted: 2025-04\ndocuments:\n  - { id: basic, tier: basic, title: 基本方針, sources: [basic.md] }\n');
  writeFileSync(join(repo, 'basic.md'), '# 目的 {#purpose}\n\n本市の情報資産を守る。\n');
  const git = (date: string, ...args: string[]) =>
    execFileSync('git', ['-C', repo, '-c', 'user.name=情報政策課', '-c', 'user.email=joho@example.invalid', ...args], {
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  git('2025-04-01T00:00:00Z', 'init', '-q');
  git('2025-04-01T00:00:00Z', 'add', '.');
  git('2025-04-01T00:00:00Z', 'commit', '-qm', '策定');
  git('2025-04-01T00:00:00Z', 'tag', 'v1');
  writeFileSync(join(repo, 'basic.md'), '# 目的 {#purpose}\n\n本市の情報資産を確実に守る。\n');
  git(INSTANT, 'commit', '-qam', '改定');
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(ZONES)('dates on a machine in %s', (zone) => {
  it('build dates its pages by the commit’s day in Tokyo', () => {
    const out = join(scratch, `dist-${zone.replace('/', '-')}`);
    const r = runCli(['build', repo, '--out', out], { env: { TZ: zone } });
    expect(r.status, r.stderr).toBe(0);
    for (const edition of ['public', 'internal']) {
      const html = readFileSync(join(out, edition, 'basic.html'), 'utf8');
      expect(html, edition).toContain('で作成（令和8年4月1日）');
      expect(zipEntryTime(readFileSync(join(out, edition, 'basic.docx'))), edition).toBe('2026-04-01 08:30');
    }
  });

  it('diff --out dates the 新旧対照表 and the redline’s changes by the commit’s time in Tokyo', () => {
    const out = join(scratch, `comparison-${zone.replace('/', '-')}`);
    const r = runCli(['diff', 'v1', 'HEAD', '--out', out], { cwd: repo, env: { TZ: zone } });
    expect(r.status, r.stderr).toBe(0);
    const files = filesUnder(out);
    const tables = files.filter((f) => f.endsWith('.新旧対照表.html'));
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(readFileSync(join(out, table), 'utf8'), table).toContain('で作成（令和8年4月1日）');
    const redlines = files.filter((f) => f.endsWith('.redline.docx'));
    expect(redlines.length).toBeGreaterThan(0);
    for (const redline of redlines) {
      const bytes = readFileSync(join(out, redline));
      const document = strFromU8(unzipSync(bytes)['word/document.xml']);
      const stamps = new Set([...document.matchAll(/w:date="([^"]+)"/g)].map((m) => m[1]));
      expect([...stamps], redline).toEqual(['2026-04-01T08:30:00']);
      expect(zipEntryTime(bytes), redline).toBe('2026-04-01 08:30');
    }
  });

  it('SOURCE_DATE_EPOCH is dated in Tokyo too, for build and for the month hoshin init writes', () => {
    const folder = join(scratch, `plain-${zone.replace('/', '-')}`);
    const env = { TZ: zone, SOURCE_DATE_EPOCH: EPOCH };
    const init = runCli(['init', folder], { env });
    expect(init.status, init.stderr).toBe(0);
    expect(readFileSync(join(folder, 'policy.yaml'), 'utf8')).toMatch(/^adopted: "?2026-04"?/m);
    const out = join(scratch, `dist-epoch-${zone.replace('/', '-')}`);
    const build = runCli(['build', folder, '--out', out, '--format', 'html'], { env });
    expect(build.status, build.stderr).toBe(0);
    expect(readFileSync(join(out, 'public', filesUnder(join(out, 'public')).find((f) => f !== 'index.html')!), 'utf8')).toContain('で作成（令和8年4月1日）');
  });
});
