import { sep } from 'node:path';
import { fsErrorText } from './fs-error-text.js';
import { realPath } from './real-path.js';
import { UsageError } from './usage-error.js';

/**
 * The output folder must not be the policy folder or hold it: the swap replaces the whole output
 * folder. Compared as real paths, so that `..`, symbolic links and other spellings do not slip by.
 * An output inside the policy folder (policy/dist, which `hoshin init`'s .gitignore expects) is fine.
 */
export async function assertOutApart(dir: string, out: string, shown: string): Promise<void> {
  const [realDir, realOut] = await Promise.all([realPath(dir), realPath(out)]).catch((error: unknown) => {
    throw new UsageError(`出力先 ${shown} を確かめられませんでした（${fsErrorText(error)}）。`);
  });
  if (realDir === realOut || realDir.startsWith(realOut.endsWith(sep) ? realOut : realOut + sep)) {
    throw new UsageError(`出力先 ${shown} はポリシーのフォルダ（${dir}）${realDir === realOut ? 'そのもの' : 'を含むフォルダ'}のため、出力できません。ポリシーのフォルダの外か、その中の dist のような新しいフォルダを指定してください。`);
  }
}
