import { join } from 'node:path';
import { diagnostic, type Diagnostic, type Place } from '../diagnostic.js';
import type { FileReader } from './file-reader.js';
import { stepsOf } from './steps-of.js';

/** Larger sources are almost certainly a mistake (a real policy is ~100 KB) and would stall editors. */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

export type Found = { path: string; size: number } | { missing: true } | { diagnostic: Diagnostic };

/**
 * Where a file of the policy folder `root` is and how large, before a byte of it is read: a
 * symlink on the way, a real path outside the folder or a file over the limit is refused. `place`
 * is where the manifest names the file (a source); else the message points at the file itself.
 */
export async function findFile(root: string, rel: string, reader: FileReader, place?: () => Place): Promise<Found> {
  const path = join(root, rel);
  const at = () => place?.() ?? { file: path, line: 1, column: 1 };
  const entry = await reader.entry(root, rel);
  switch (entry.kind) {
    case 'symlink': {
      const what = entry.link === stepsOf(rel)?.join('/') ? `「${rel}」` : `「${rel}」の途中の「${entry.link}」`;
      const message = `${what}はシンボリックリンクです。ポリシーのフォルダの外のファイルを公開してしまわないよう、hoshin はシンボリックリンクを読みません。リンクをやめ、ファイルやフォルダそのものをポリシーのフォルダに置いてください。`;
      return { diagnostic: diagnostic(at(), 'error', 'file-symlink', message) };
    }
    case 'outside':
      return { diagnostic: diagnostic(at(), 'error', 'source-outside', `「${rel}」の実際の場所はポリシーのフォルダの外です。フォルダ内のファイルを指定してください。`) };
    case 'file':
      if (entry.size > MAX_SOURCE_BYTES) {
        const mb = (entry.size / 1024 / 1024).toFixed(1);
        const message = `ファイルが大きすぎます（${mb} MB、上限 4 MB）。文書を複数のファイルに分け、policy.yaml の sources に順に並べてください。`;
        return { diagnostic: diagnostic({ file: path, line: 1, column: 1 }, 'error', 'source-too-large', message) };
      }
      return { path, size: entry.size };
    default:
      return { missing: true };
  }
}
