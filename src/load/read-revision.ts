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

/** The git commit the policy folder is at, if it is in a repository (and git is installed). */
export async function readRevision(dir: string): Promise<SourceRevision | undefined> {
  const [head, status] = await Promise.all([git(dir, ['log', '-1', '--format=%H%x00%ct%x00%an']), git(dir, ['status', '--porcelain', '--', '.'])]);
  if (!head) return undefined;
  const [commit, seconds, author] = head.split('\0');
  return { commit, dirty: Boolean(status), date: new Date(Number(seconds) * 1000), author };
}
