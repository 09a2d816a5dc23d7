import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fsReader, type FileReader } from './file-reader.js';
import { gitReader } from './git-reader.js';

function git(cwd: string, args: string[]): Promise<string | undefined> {
  return new Promise((done) => execFile('git', args, { cwd, encoding: 'utf8' }, (error, stdout) => done(error ? undefined : stdout.trim())));
}

/** One side of a comparison: where its policy is and how to read it. */
export interface Side {
  label: string;
  dir: string;
  reader: FileReader;
  /** For a git revision: the commit, its author and date (the redline's tracked-change author). */
  commit?: { id: string; author: string; date: Date };
}

export type SideResult = { side: Side } | { problem: string };

/**
 * `hoshin diff` takes a folder or a git revision for each side. A name that is an existing folder
 * is a folder; anything else must be a revision of the repository holding `dir` (default: cwd).
 */
export async function resolveSide(spec: string, cwd: string, dirOption: string | undefined): Promise<SideResult> {
  const asFolder = resolve(cwd, spec);
  if ((await stat(asFolder).catch(() => undefined))?.isDirectory()) {
    return { side: { label: spec, dir: dirOption ? join(asFolder, dirOption) : asFolder, reader: fsReader } };
  }
  // git would take it for an option (`--output=FILE` writes a file), whatever comes after it.
  if (spec.startsWith('-')) return { problem: `「${spec}」は - で始まるため、リビジョンとしては使えません（git のオプションと区別できません）。タグ、ブランチ、コミット、HEAD~1 などを指定してください。フォルダなら ./ を付けてください。` };
  const top = await git(cwd, ['rev-parse', '--show-toplevel']);
  const base = resolve(cwd, dirOption ?? '.');
  if (top === undefined) return { problem: `「${spec}」はフォルダではなく、${dirOption ?? '現在のフォルダ'} は git のリポジトリでもありません。フォルダ二つか、git のリビジョン二つを指定してください。` };
  // rev-parse --verify names exactly one commit: `git log` would also take a range (v1..HEAD) and
  // give its newest commit, while the files would be read from the range's text and not be found.
  const id = await git(top, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${spec}^{commit}`]);
  const info = id && (await git(top, ['log', '-1', '--format=%an%x00%ct', id, '--']));
  if (!id || !info) {
    if (/\.\.|^\^|\^[@!-]/.test(spec)) return { problem: `「${spec}」は範囲で、一つの版ではありません。比べる二つの版を、古い方、新しい方の順に別々に指定してください（例: hoshin diff v2025 HEAD）。` };
    return { problem: `リビジョン「${spec}」が見つかりません（タグ、ブランチ、コミット、HEAD~1 などを指定してください）。` };
  }
  const [author, seconds] = info.split('\0');
  const prefix = relative(top, base).split('\\').join('/');
  return {
    side: {
      label: spec,
      dir: `${spec}:${prefix === '' ? '.' : prefix}`,
      reader: gitReader(top),
      commit: { id, author, date: new Date(Number(seconds) * 1000) },
    },
  };
}
