/** What went wrong with a file operation, in Japanese, for a user who cannot read errno names. */
const REASONS: Record<string, string> = {
  EACCES: '権限がありません',
  EPERM: '権限がないか、変更できない設定です',
  EROFS: '読み取り専用の場所です',
  ENOSPC: 'ディスクの空きがありません',
  EDQUOT: 'ディスクの割り当て（クォータ）を超えています',
  ENOTDIR: '途中にフォルダではないものがあります',
  EISDIR: 'フォルダがあります',
  ENOENT: '作れない場所です',
  EEXIST: '既に同じ名前のものがあります',
  ENOTEMPTY: 'フォルダが空ではありません',
  ENAMETOOLONG: '名前が長すぎます',
  ELOOP: 'シンボリックリンクが循環しています',
  EXDEV: '別のドライブをまたいで移動できません',
  EBUSY: '他のプログラムが使用中です',
  EMFILE: '開いているファイルが多すぎます',
  EIO: '入出力エラーです',
};

export function fsErrorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string') return `${REASONS[code] ?? 'ファイル操作に失敗しました'}: ${code}`;
  return error instanceof Error ? error.message : String(error);
}
