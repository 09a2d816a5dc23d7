// Why: policy folders are edited by hand by municipal staff, so every kind of bad input must come
// back from the real CLI as positioned, Japanese diagnostics (all of them, not just the first),
// with exit code 1 and no stack trace, and a failed build must leave the output folder untouched.
// Each case is a folder under test/fixtures/invalid with an expected.json whose positions were
// worked out from the input files (where a user would point), not copied from hoshin's output.
// Needs a built CLI (`npm run build`; `npm test` does that first).
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { outputText } from './support/output-text.js';
import { runCliAsync } from './support/run-cli.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CASES = join(ROOT, 'test', 'fixtures', 'invalid');
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

interface Position {
  ruleId: string;
  /** Relative to the case folder. */
  file: string;
  line: number;
  column: number;
}

interface Expected {
  exitCode: 0 | 1;
  /** A file too big to commit, written at run time into a temporary copy of the case. */
  generate?: { file: string; bytes: number };
  /** Errors that must be among those reported (others may be reported too). */
  diagnostics: Position[];
}

interface Reported extends Position {
  severity: 'error' | 'warning' | 'info';
  message: string;
}

/** The real executable, from the repository root, as a user would run it. */
const hoshin = (...args: string[]) => runCliAsync(args);

const scratch = mkdtempSync(join(tmpdir(), 'hoshin-invalid-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Whatever happens, the user sees Japanese sentences, never hoshin's internals. */
function expectNoCrash(stderr: string): void {
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toContain('内部エラー');
  // Node's own warnings (e.g. yaml's "Keys with collection values…") are English noise to a user.
  expect(stderr).not.toMatch(/\(node:\d+\) \w*Warning/);
}

/** How the CLI shows a path: relative to its cwd (the repository root), else absolute. */
function shown(dir: string, file: string): string {
  const rel = relative(ROOT, join(dir, file));
  return rel.startsWith('..') ? join(dir, file) : rel;
}

function readExpected(name: string): Expected {
  return JSON.parse(readFileSync(join(CASES, name, 'expected.json'), 'utf8')) as Expected;
}

/** The folder to run on: the fixture itself, or a temporary copy with the generated file. */
function policyFolder(name: string, expected: Expected): string {
  if (!expected.generate) return join(CASES, name);
  const dir = join(mkdtempSync(join(scratch, `${name}-`)), name);
  cpSync(join(CASES, name), dir, { recursive: true });
  const line = '情報資産の機密性、完全性及び可用性を維持するための対策を講じる。\n';
  const lines = Math.ceil(expected.generate.bytes / Buffer.byteLength(line));
  writeFileSync(join(dir, expected.generate.file), '# 目的 {#purpose}\n\n' + line.repeat(lines));
  return dir;
}

/** The folder argument as typed: relative for fixtures, absolute for temporary copies. */
function argument(dir: string): string {
  const rel = relative(ROOT, dir);
  return rel.startsWith('..') ? dir : rel;
}

/** Every file below dir (relative path → bytes). */
function snapshot(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub))) {
      const rel = join(sub, entry);
      if (statSync(join(dir, rel)).isDirectory()) walk(rel);
      else files.set(rel, readFileSync(join(dir, rel)));
    }
  };
  walk('');
  return files;
}

const cases = readdirSync(CASES).filter((name) => existsSync(join(CASES, name, 'expected.json'))).sort();

it('the corpus holds at least 24 cases, each with an expected.json', () => {
  const folders = readdirSync(CASES).filter((name) => statSync(join(CASES, name)).isDirectory());
  expect(cases).toEqual(folders.sort());
  expect(cases.length).toBeGreaterThanOrEqual(24);
});

describe.concurrent.each(cases)('%s', (name) => {
  const expected = readExpected(name);
  const dir = policyFolder(name, expected);

  it(`check --format json: exit ${expected.exitCode}, every expected error at its place, in Japanese`, async () => {
    const run = await hoshin('check', argument(dir), '--format', 'json');
    expectNoCrash(run.stderr);
    expect(run.status, run.stdout + run.stderr).toBe(expected.exitCode);
    const reported = JSON.parse(run.stdout) as Reported[];
    for (const d of reported) expect(d.message).toMatch(JAPANESE);
    const errors = reported
      .filter((d) => d.severity === 'error')
      .map(({ ruleId, file, line, column }) => ({ ruleId, file, line, column }));
    if (expected.exitCode === 0) expect(errors).toEqual([]);
    const wanted = expected.diagnostics.map((d) => ({ ...d, file: shown(dir, d.file) }));
    expect(errors).toEqual(expect.arrayContaining(wanted));
  });

  if (expected.exitCode === 1) {
    it('build: exit 1 and the output folder is not created', async () => {
      const base = mkdtempSync(join(scratch, `${name}-build-`));
      const run = await hoshin('build', argument(dir), '--out', join(base, 'dist'));
      expectNoCrash(run.stderr);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(JAPANESE);
      expect(readdirSync(base)).toEqual([]);
    });
  } else {
    it('build: succeeds; no output keeps a BOM or a CR, and the txt shows no {#id}', async () => {
      const out = join(mkdtempSync(join(scratch, `${name}-build-`)), 'dist');
      const run = await hoshin('build', argument(dir), '--out', out);
      expectNoCrash(run.stderr);
      expect(run.status, run.stderr).toBe(0);
      const files = snapshot(out);
      expect(files.size).toBeGreaterThan(0);
      for (const [file, bytes] of files) {
        const text = outputText(file, bytes);
        expect(text.includes('\uFEFF'), `${file} has a BOM`).toBe(false);
        expect(text.includes('\r'), `${file} has a CR`).toBe(false);
        if (file.endsWith('.txt')) expect(text.includes('{#'), `${file} shows an id attribute`).toBe(false);
      }
    });
  }
});

it('a failed build leaves the previous output byte for byte as it was', async () => {
  const base = mkdtempSync(join(scratch, 'previous-'));
  const out = join(base, 'dist');
  const first = await hoshin('build', 'examples/nemuro-hokubu-fire', '--out', out);
  expect(first.status, first.stderr).toBe(0);
  const before = snapshot(out);
  expect(before.size).toBeGreaterThan(0);

  const broken = await hoshin('build', 'test/fixtures/invalid/multi-error', '--out', out);
  expectNoCrash(broken.stderr);
  expect(broken.status).toBe(1);
  const after = snapshot(out);
  expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
  for (const [file, bytes] of before) expect(after.get(file)!.equals(bytes), file).toBe(true);
  expect(readdirSync(base)).toEqual(['dist']);
});
