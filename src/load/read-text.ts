import { diagnostic, type Diagnostic } from '../diagnostic.js';
import { decode } from './decode.js';
import { fsReader, type FileReader } from './file-reader.js';
import type { SourceFile } from './policy-files.js';

/** Larger sources are almost certainly a mistake (a real policy is ~100 KB) and would stall editors. */
export const MAX_SOURCE_BYTES = 4 * 1024 * 1024;

const ENCODING_MESSAGES = {
  shift_jis:
    'Shift_JIS で保存されているようです。UTF-8 で保存し直してください（VS Code: 右下の「Shift JIS」→「エンコード付きで保存」→「UTF-8」、コマンド: iconv -f SHIFT_JIS -t UTF-8 元.md > 新.md）。',
  utf16: 'UTF-16 で保存されています。UTF-8 で保存し直してください。',
  binary: 'テキストファイルではありません（NUL 文字を含みます）。Markdown または YAML のファイルを指定してください。',
  unknown: 'UTF-8 として読めない文字があります。UTF-8 で保存し直してください。',
} as const;

export type ReadResult = { file: SourceFile } | { diagnostic: Diagnostic };

/** Read one text file, decoding it strictly; problems come back as diagnostics, never thrown. */
export async function readText(path: string, reader: FileReader = fsReader): Promise<ReadResult> {
  const size = await reader.size(path);
  if (size === undefined) {
    return { diagnostic: diagnostic({ file: path, line: 1, column: 1 }, 'error', 'source-missing', 'ファイルが見つかりません。') };
  }
  if (size > MAX_SOURCE_BYTES) {
    const mb = (size / 1024 / 1024).toFixed(1);
    return {
      diagnostic: diagnostic(
        { file: path, line: 1, column: 1 },
        'error',
        'source-too-large',
        `ファイルが大きすぎます（${mb} MB、上限 4 MB）。文書を複数のファイルに分け、policy.yaml の sources に順に並べてください。`,
      ),
    };
  }
  const bytes = await reader.read(path);
  const decoded = decode(bytes);
  if (!decoded.ok) {
    return {
      diagnostic: diagnostic({ file: path, line: decoded.line, column: decoded.column }, 'error', 'encoding', ENCODING_MESSAGES[decoded.kind]),
    };
  }
  return { file: { path, value: decoded.text } };
}
