/** yaml's error codes → what to fix, in Japanese. */
const MESSAGES: Record<string, string> = {
  BAD_INDENT: '字下げ（インデント）が揃っていません。同じ階層の項目は同じ数の空白で字下げしてください。',
  TAB_AS_INDENT: '字下げにタブは使えません。半角空白にしてください。',
  MISSING_CHAR: '引用符または括弧が閉じていません。',
  BAD_SCALAR_START: '値の書き出しに使えない文字があります。値を引用符（"）で囲んでください。',
  BLOCK_AS_IMPLICIT_KEY: 'キーの書き方に誤りがあります。「キー: 値」の形で、コロンの後に空白を入れてください。',
  MULTILINE_IMPLICIT_KEY: 'キーが複数の行にまたがっています。「キー: 値」を一行に書いてください。',
  UNEXPECTED_TOKEN: '予期しない文字があります。コロン、ハイフン、引用符の位置を確かめてください。',
  MISSING_ANCHOR: '参照（*）している名前がありません。',
  DUPLICATE_KEY: '同じキーが二度書かれています。',
  RESOURCE_EXHAUSTION: '入れ子（括弧や字下げ）が深すぎます。マニフェストの入れ子は数段で足ります。',
  ALIAS_COUNT: '別名（*名前）の展開が多すぎます。別名を入れ子にすると展開後の大きさが爆発的に増えるため、値をそのまま書いてください。',
};

export function yamlMessage(code: string): string {
  return MESSAGES[code] ?? 'YAML の書き方に誤りがあります。字下げ、コロンの後の空白、引用符の閉じ忘れを確かめてください。';
}
