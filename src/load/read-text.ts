import { diagnostic, type Diagnostic } from '../diagnostic.js';
import { decode } from './decode.js';
import type { FileReader } from './file-reader.js';
import type { SourceFile } from './policy-files.js';

const ENCODING_MESSAGES = {
  shift_jis:
    'Shift_JIS で保存されているようです。UTF-8 で保存し直してください（VS Code: 右下の「Shift JIS」→「エンコード付きで保存」→「UTF-8」、コマンド: iconv -f SHIFT_JIS -t UTF-8 元.md > 新.md）。',
  utf16: 'UTF-16 で保存されています。UTF-8 で保存し直してください。',
  binary: 'テキストファイルではありません（NUL 文字を含みます）。Markdown または YAML のファイルを指定してください。',
  unknown: 'UTF-8 として読めない文字があります。UTF-8 で保存し直してください。',
} as const;

export type ReadResult = { file: SourceFile } | { diagnostic: Diagnostic };

/**
 * Read one text file, decoding it strictly; problems come back as diagnostics, never thrown.
 * Only for a path findFile() has let through (no symlink, not too large).
 */
export async function readText(path: string, read: FileReader['read']): Promise<ReadResult> {
  const decoded = decode(await read(path));
  if (!decoded.ok) {
    return {
      diagnostic: diagnostic({ file: path, line: decoded.line, column: decoded.column }, 'error', 'encoding', ENCODING_MESSAGES[decoded.kind]),
    };
  }
  return { file: { path, value: decoded.text } };
}
