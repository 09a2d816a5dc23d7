import { execFile } from 'node:child_process';

function git(dir: string, args: string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile('git', ['-C', dir, ...args], { encoding: 'utf8' }, (error, stdout) => resolve(error ? undefined : stdout.trim()));
  });
}

export interface SourceRevision {
  commit: string;
  dirty: boolean;
  /** Commit date. */
  date: Date;
  author?: string;
}

// Commits never change: each one's date and author are asked of git once per process, so a
// rebuild (build --watch, serve) starts one git process, not two.
const commits = new Map<string, Promise<{ date: Date; author?: string } | undefined>>();

function commitOf(dir: string, oid: string) {
  let found = commits.get(oid);
  if (!found) {
    found = git(dir, ['log', '-1', '--format=%ct%x00%an', oid]).then((line) => {
      if (!line) {
        commits.delete(oid);
        return undefined;
      }
      const [seconds, author] = line.split('\0');
      return { date: new Date(Number(seconds) * 1000), author };
    });
    commits.set(oid, found);
  }
  return found;
}

/**
 * The git commit the policy folder is at, if it is in a repository (and git is installed). Dirty
 * when any of `paths` (git pathspecs relative to dir; the policy's inputs, see policyInputPaths)
 * differs from the commit: files the build writes, such as dist/ inside the folder, do not count.
 */
export async function readRevision(dir: string, paths: readonly string[] = ['.']): Promise<SourceRevision | undefined> {
  // One call gives both the commit (`# branch.oid`) and whether the inputs have changes since.
  const status = await git(dir, ['status', '--porcelain=v2', '--branch', '--', ...paths]);
  const oid = status && /^# branch\.oid ([0-9a-f]{40,64})$/m.exec(status)?.[1];
  if (!status || !oid) return undefined;
  const commit = await commitOf(dir, oid);
  if (!commit) return undefined;
  return { commit: oid, dirty: status.split('\n').some((line) => line !== '' && !line.startsWith('#')), ...commit };
}
