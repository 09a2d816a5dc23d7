// Why: anyone who can commit to a policy repository could otherwise publish any file the build
// user can read (CI secrets) by committing a symlink to it as a source, a folder, the manifest or a
// template. hoshin refuses every symlink below the policy folder, on disk (build, serve, build
// --watch) and in git revisions (diff), with a positioned Japanese error, exit 1 and no output.
// Needs a built CLI (`npm run build`; `npm test` does that first).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './support/build-example.js';
import { gitIn } from './support/izumi-revision.js';
import { outputText } from './support/output-text.js';
import { runCli, runCliAsync, type CliResult } from './support/run-cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'hoshin-symlink-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const HEADER = 'org: { name: テスト市, kind: 市, self: 本市 }';
const manifest = (sources: string[], extra: string[] = []) =>
  [HEADER, 'documents:', `  - { id: basic, tier: basic, title: 基本方針, sources: [${sources.join(', ')}] }`, ...extra].join('\n') + '\n';
const TABLE_DATA = ['data:', '  t:', '    columns: [{ key: a, label: 項目 }]', '    rows: [{ a: 値 }]'];

let serial = 0;

/**
 * A folder with a secret outside the policy folder (`secret/`, its text a unique canary) and a
 * policy folder `p/` with a correct basic.md; `shape` then puts in the symlink.
 */
function scene() {
  const root = join(scratch, `case-${serial++}`);
  const canary = `SECRETCANARY${serial}X${Date.now().toString(36)}`;
  const secret = join(root, 'secret');
  const policy = join(root, 'p');
  mkdirSync(secret, { recursive: true });
  mkdirSync(policy, { recursive: true });
  writeFileSync(join(secret, 'secret.md'), `# 秘密 ${canary}\n\n鍵 ${canary}\n`);
  writeFileSync(join(secret, 'policy.yaml'), manifest(['basic.md']).replace('テスト市', canary));
  writeFileSync(join(secret, 'table.hbs'), `| ${canary} |\n|---|\n| ${canary} |\n`);
  mkdirSync(join(secret, 'templates'));
  writeFileSync(join(secret, 'templates', 'data-table.hbs'), `| ${canary} |\n|---|\n| ${canary} |\n`);
  writeFileSync(join(secret, 'basic.md'), `# 秘密 ${canary}\n`);
  writeFileSync(join(policy, 'basic.md'), '# 総則\n\n本文。\n');
  return { root, canary, secret, policy };
}
type Scene = ReturnType<typeof scene>;

/** Line and column (1-based) of the first `needle` in `text`, worked out from the text. */
function placeIn(text: string, needle: string): string {
  const lines = text.split('\n');
  const line = lines.findIndex((l) => l.includes(needle));
  return `${line + 1}:${lines[line].indexOf(needle) + 1}`;
}

interface Shape {
  name: string;
  /** Puts the symlink into the policy folder; returns where the error must point (path:line:column, relative to p/). */
  make(s: Scene): string;
}

const SHAPES: Shape[] = [
  {
    name: 'a source that is a relative symlink out of the folder',
    make: ({ policy }) => {
      rmSync(join(policy, 'basic.md'));
      symlinkSync('../secret/secret.md', join(policy, 'basic.md'));
      const text = manifest(['basic.md']);
      writeFileSync(join(policy, 'policy.yaml'), text);
      return `policy.yaml:${placeIn(text, 'basic.md]')}`;
    },
  },
  {
    name: 'a source that is an absolute symlink',
    make: ({ policy, secret }) => {
      symlinkSync(join(secret, 'secret.md'), join(policy, 'extra.md'));
      const text = manifest(['basic.md', 'extra.md']);
      writeFileSync(join(policy, 'policy.yaml'), text);
      return `policy.yaml:${placeIn(text, 'extra.md')}`;
    },
  },
  {
    name: 'a source inside a symlinked folder',
    make: ({ policy, secret }) => {
      symlinkSync(secret, join(policy, 'sub'));
      const text = manifest(['basic.md', 'sub/secret.md']);
      writeFileSync(join(policy, 'policy.yaml'), text);
      return `policy.yaml:${placeIn(text, 'sub/secret.md')}`;
    },
  },
  {
    name: 'the manifest',
    make: ({ policy }) => {
      symlinkSync('../secret/policy.yaml', join(policy, 'policy.yaml'));
      return 'policy.yaml:1:1';
    },
  },
  {
    name: 'a template',
    make: ({ policy }) => {
      mkdirSync(join(policy, 'templates'));
      symlinkSync('../../secret/table.hbs', join(policy, 'templates', 'data-table.hbs'));
      writeFileSync(join(policy, 'basic.md'), '# 総則\n\n::data-table{source=t}\n');
      writeFileSync(join(policy, 'policy.yaml'), manifest(['basic.md'], TABLE_DATA));
      return 'templates/data-table.hbs:1:1';
    },
  },
  {
    name: 'the templates folder',
    make: ({ policy }) => {
      symlinkSync('../secret/templates', join(policy, 'templates'));
      writeFileSync(join(policy, 'basic.md'), '# 総則\n\n::data-table{source=t}\n');
      writeFileSync(join(policy, 'policy.yaml'), manifest(['basic.md'], TABLE_DATA));
      return 'templates:1:1';
    },
  },
];

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

/** Everything a reader could get out of the files under `dir` (DOCX unzipped). */
function textUnder(dir: string): string {
  return filesUnder(dir)
    .map((path) => outputText(path, readFileSync(path)))
    .join('\n');
}

function expectRefused(r: CliResult, where: string, ruleId: string, canary: string): void {
  expect(r.status, r.stderr).toBe(1);
  expect(r.stderr).toMatch(new RegExp(`${where.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+error\\s+\\S*シンボリックリンク.*\\s${ruleId}$`, 'm'));
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(r.stderr).not.toContain('内部エラー');
  expect(r.stdout + r.stderr).not.toContain(canary);
}

describe('symlinks out of the policy folder (build)', () => {
  it.each(SHAPES)('refuses $name: positioned error, exit 1, nothing written', async (shape) => {
    const s = scene();
    const where = shape.make(s);
    const out = join(s.root, 'dist');
    const r = await runCliAsync(['build', 'p', '--out', 'dist'], { cwd: s.root });
    expectRefused(r, `p/${where}`, 'file-symlink', s.canary);
    expect(filesUnder(out)).toEqual([]);
    expect(textUnder(out)).not.toContain(s.canary);
  });

  it('refuses a symlink even when it points inside the folder (the same on every machine and in git)', async () => {
    const s = scene();
    writeFileSync(join(s.policy, 'real.md'), '# 総則\n\n本文。\n');
    rmSync(join(s.policy, 'basic.md'));
    symlinkSync('real.md', join(s.policy, 'basic.md'));
    const text = manifest(['basic.md']);
    writeFileSync(join(s.policy, 'policy.yaml'), text);
    const r = await runCliAsync(['build', 'p', '--out', 'dist'], { cwd: s.root });
    expectRefused(r, `p/policy.yaml:${placeIn(text, 'basic.md]')}`, 'file-symlink', s.canary);
    expect(filesUnder(join(s.root, 'dist'))).toEqual([]);
  });

  it('still builds a policy folder that is itself reached through a symlink', async () => {
    const s = scene();
    writeFileSync(join(s.policy, 'policy.yaml'), manifest(['basic.md']));
    symlinkSync('p', join(s.root, 'link-to-p'));
    const r = await runCliAsync(['build', 'link-to-p', '--out', 'dist'], { cwd: s.root });
    expect(r.status, r.stderr).toBe(0);
    expect(textUnder(join(s.root, 'dist'))).toContain('本文。');
  });
});

describe('symlinks in a git revision (diff)', () => {
  it.each(SHAPES)('refuses $name committed as a symlink blob: positioned error, exit 1, nothing written', (shape) => {
    const s = scene();
    const git = gitIn(s.root);
    writeFileSync(join(s.policy, 'policy.yaml'), manifest(['basic.md']));
    git('init', '-q');
    git('add', 'p');
    git('commit', '-qm', '初版');
    git('tag', 'v1');
    rmSync(join(s.policy, 'policy.yaml'));
    const where = shape.make(s);
    git('add', '-A', 'p');
    git('commit', '-qm', 'リンク');
    // The blob git stores is the link's target, mode 120000.
    expect(git('ls-tree', '-r', 'HEAD', 'p')).toMatch(/^120000 /m);
    const r = runCli(['diff', 'v1', 'HEAD', '--dir', 'p', '--out', 'cmp'], { cwd: s.root });
    expectRefused(r, `HEAD:p/${where}`, 'file-symlink', s.canary);
    expect(filesUnder(join(s.root, 'cmp'))).toEqual([]);
  });
});

/** GET a page of the preview (loopback). */
function fetchText(url: string): Promise<string> {
  return new Promise((resolve, reject) => {
    get(url, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve(body));
    }).on('error', reject);
  });
}

/** Start the real CLI with `args`, wait until its output matches `ready`, give it to `use`, stop it. */
async function whileRunning<T>(args: string[], cwd: string, ready: RegExp, use: (output: string) => Promise<T>): Promise<T> {
  const { HOSHIN_DEBUG: _debug, ...env } = process.env;
  const child = spawn(process.execPath, [join(ROOT, 'bin', 'hoshin.js'), ...args], { cwd, env: { ...env, NO_COLOR: '1', HOSHIN_CACHE_DIR: join(scratch, 'cache') } });
  let output = '';
  const exited = new Promise((resolve) => child.on('exit', resolve));
  try {
    await new Promise<void>((resolve, reject) => {
      const look = (chunk: Buffer) => {
        output += chunk.toString('utf8');
        if (ready.test(output)) resolve();
      };
      child.stdout.on('data', look);
      child.stderr.on('data', look);
      void exited.then(() => reject(new Error(`hoshin exited: ${output}`)));
      setTimeout(() => reject(new Error(`hoshin did not get ready: ${output}`)), 20_000);
    });
    return await use(output);
  } finally {
    child.kill('SIGINT');
    await exited;
  }
}

describe('symlinks out of the policy folder (serve, build --watch)', () => {
  it('hoshin serve shows the positioned error, never the linked file', async () => {
    const s = scene();
    const where = SHAPES[0].make(s);
    await whileRunning(['serve', 'p', '--port', '0'], s.root, /(http:\/\/127\.0\.0\.1:\d+\/) で表示しています/, async (output) => {
      const url = /(http:\/\/127\.0\.0\.1:\d+\/) で表示しています/.exec(output)![1];
      for (const page of ['', 'basic.html', 'index.html']) {
        const body = await fetchText(url + page);
        expect(body).not.toContain(s.canary);
        expect(body).toContain('file-symlink');
      }
      expect(where).toMatch(/^policy\.yaml:3:\d+$/);
    });
  });

  it('hoshin build --watch reports the error and writes nothing', async () => {
    const s = scene();
    const where = SHAPES[2].make(s);
    await whileRunning(['build', 'p', '--out', 'dist', '--watch'], s.root, /誤りがあるため出力しませんでした/, async (output) => {
      expect(output).toContain(`p/${where}`);
      expect(output).toContain('file-symlink');
      expect(output).not.toContain(s.canary);
      expect(filesUnder(join(s.root, 'dist'))).toEqual([]);
    });
  });
});

describe('symlinks in the work tree (git diff driver)', () => {
  it('never shows a file behind a symlink in `git diff`', () => {
    const s = scene();
    const git = gitIn(s.root);
    writeFileSync(join(s.root, '.gitattributes'), '*.md diff=hoshin\npolicy.yaml diff=hoshin\n');
    writeFileSync(join(s.policy, 'policy.yaml'), manifest(['basic.md']));
    git('init', '-q');
    git('config', 'diff.hoshin.command', `"${process.execPath}" "${join(ROOT, 'bin', 'hoshin.js')}" diff --git-driver`);
    git('add', '.gitattributes', 'p');
    git('commit', '-qm', '初版');
    // The edit adds a document whose source is behind a symlinked folder (not committed).
    symlinkSync(s.secret, join(s.policy, 'sub'));
    writeFileSync(join(s.policy, 'policy.yaml'), manifest(['basic.md'], ['  - { id: more, tier: standards, title: 対策基準, sources: [sub/secret.md] }']));
    const out = git('diff', '--', 'p/policy.yaml');
    expect(out).not.toContain(s.canary);
    // The policy cannot be read as it stands: git's own diff of the manifest is shown.
    expect(out).toContain('+  - { id: more, tier: standards, title: 対策基準, sources: [sub/secret.md] }');
  });
});

describe('symlinks and the watcher (build --watch, serve)', () => {
  it('does not walk through a link to / in the policy folder: watching starts and saves rebuild', async () => {
    const s = scene();
    writeFileSync(join(s.policy, 'policy.yaml'), manifest(['basic.md']));
    symlinkSync('/', join(s.policy, 'everything'));
    await whileRunning(['build', 'p', '--out', 'dist', '--watch'], s.root, /保存するたびに出力し直します/, async () => {
      writeFileSync(join(s.policy, 'basic.md'), '# 総則\n\n書き直した本文。\n');
      await expect.poll(() => textUnder(join(s.root, 'dist')), { timeout: 20_000, interval: 200 }).toContain('書き直した本文。');
    });
  });
});

describe('fixing a refused symlink while watching', () => {
  it('build --watch builds again once the link is replaced by the file itself', async () => {
    const s = scene();
    SHAPES[0].make(s);
    await whileRunning(['build', 'p', '--out', 'dist', '--watch'], s.root, /保存するたびに出力し直します/, async (output) => {
      expect(output).toContain('file-symlink');
      rmSync(join(s.policy, 'basic.md'));
      writeFileSync(join(s.policy, 'basic.md'), '# 総則\n\nリンクをやめた本文。\n');
      await expect.poll(() => textUnder(join(s.root, 'dist')), { timeout: 20_000, interval: 200 }).toContain('リンクをやめた本文。');
      expect(textUnder(join(s.root, 'dist'))).not.toContain(s.canary);
    });
  });
});
