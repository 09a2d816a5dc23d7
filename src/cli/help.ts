export const VERSION_TEXT = (version: string) => `hoshin ${version}`;

export const HELP: Record<string, string> = {
  main: `hoshin — 情報セキュリティポリシーを Markdown から検証・生成する

使い方:
  hoshin <コマンド> [オプション]

コマンド:
  init [フォルダ]           ポリシーの雛形（policy.yaml と基本方針）を作る
  check [フォルダ]          ポリシーを検査し、問題をすべて表示する
  build [フォルダ] --out 出力先
                            公開用（public/）と庁内用（internal/）の文書を出力する
  diff 古い 新しい          二つの版（git のリビジョンまたはフォルダ）を比べる
  serve [フォルダ]          庁内用の HTML をブラウザーで確かめる（保存すると自動で更新）
  help [コマンド]           コマンドの説明を表示する

オプション:
  -h, --help                この説明を表示する
  -v, --version             版を表示する

終了コード: 0 問題なし / 1 ポリシーに誤りがある / 2 使い方の誤り・ツールの失敗
詳しくは docs/ を参照してください。`,
  check: `hoshin check — ポリシーを検査する

使い方:
  hoshin check [フォルダ] [--format text|json] [--verbose] [--no-cache]

フォルダ（省略時は現在のフォルダ）の policy.yaml と、そこに書かれた Markdown を読み、
スキーマ違反、参照先の誤り、id の重複、公開文書から非公開の内容への参照、
未定義の差し込み値、文字コードの誤りなどを、すべて次の形で表示します。

  ファイル:行:列  error|warning  メッセージ  ルールid

オプション:
  --format json     機械で読める JSON で出力する（CI 向け）
  --verbose         お知らせ（info）もすべて表示する
  --no-cache        キャッシュ（下記）を使わない
  -h, --help        この説明を表示する

解析した Markdown は見出しごとにキャッシュ（~/.cache/hoshin、HOSHIN_CACHE_DIR で変更可）に
保存され、次の実行では変わった部分だけを解析し直します。hoshin 自身のコンパイル済みのコード
（V8 のコードキャッシュ）も同じ場所に置きます。

終了コード: 0 誤りなし（警告のみを含む） / 1 誤りがある / 2 使い方の誤り`,
  diff: `hoshin diff — 二つの版を比べる（新旧対照）

使い方:
  hoshin diff 古い版 新しい版 [--dir フォルダ] [--format text|markdown|json]
                              [--out 出力先 [--columns new-old|old-new] [--remarks]]

版には git のリビジョン（タグ、ブランチ、コミット、HEAD~1 など）かフォルダを指定します。
git のリビジョンは作業中のファイルに触れず、git の記録から直接読みます。
条項は id で対応付け、見出しと本文が似ているものも対応付けるので、番号が変わっただけの条項は
「番号のみ変更」として示し、本文の変更としては数えません。

オプション:
  --dir フォルダ          リポジトリの中のポリシーのフォルダ（既定は現在のフォルダ）
  --format 形式           text（既定。端末向け）、markdown（レビューのコメント向け）、json
  --out フォルダ          変更のある文書ごとに、新旧対照表（<文書id>.新旧対照表.docx / .html）と
                          見え消し（<文書id>.redline.docx、変更履歴付き）を出力する。
                          build と同じく public/（公開文書を公開用だけから。非公開の部分を含まない）と
                          internal/（すべての文書。非公開の部分は〔非公開〕と示し、標記を付ける）に分ける
  --columns 並び          新旧対照表の列の並び: new-old（既定。改正後｜改正前）、old-new
  --remarks               新旧対照表に空の「備考」列を加える
  --git-driver            git diff の外部 diff ドライバとして動く（docs/revisions.md）
  -h, --help              この説明を表示する

終了コード: 0 比較できた / 1 どちらかの版のポリシーに誤りがある / 2 使い方の誤り（版が見つからない など）`,
  init: `hoshin init — ポリシーの雛形を作る

使い方:
  hoshin init [フォルダ] [--name 団体名] [--kind 種別]

フォルダ（省略時は現在のフォルダ）に policy.yaml と basic-policy.md、出力先 dist/ を git の管理から
外す .gitignore を作ります。既にあるファイルは上書きしません（.gitignore が既にあればそのままにします）。

オプション:
  --name 団体名     例: さくら町（省略時は 〇〇市 など）
  --kind 種別       都道府県、市、町、村、特別区、一部事務組合、広域連合（既定は 市）
  -h, --help        この説明を表示する`,
  build: `hoshin build — 文書を出力する

使い方:
  hoshin build [フォルダ] --out 出力先 [--format docx,html,md,txt] [--watch] [--no-cache]

出力:
  出力先/public/<文書id>.<形式>     公開文書だけ（:::internal の部分は含みません）と index.html
  出力先/internal/<文書id>.<形式>   すべての文書（非公開部分は〔非公開〕と明示）と index.html、
                                    決裁用にすべての文書をまとめた approval.docx
  出力先/build.json                 出力ごとの sha256、元の git コミット

誤りが一つでもあれば何も書き込まず、以前の出力はそのまま残ります。
出力先で置き換えるのは、以前に hoshin が出力したもの（build.json に記録したもの）だけです。出力先に
人が置いたファイル（public/CNAME など）は残します。出力先はポリシーのフォルダそのものや、それを含む
フォルダにはできません。同じ出力先への二つ目のビルドは、先のビルドが書き終わるのを待ちます。

オプション:
  -o, --out 出力先    出力するフォルダ（必須）
  --format 形式       出力形式をカンマ区切りで（docx, html, md, txt。既定はすべて）
  -w, --watch         保存するたびに出力し直す（変わった文書だけを作り直す。Ctrl-C で終了）
  --no-cache          キャッシュ（hoshin check --help）を使わない
  -h, --help          この説明を表示する

終了コード: 0 成功 / 1 ポリシーに誤りがある / 2 使い方の誤り・書き込みの失敗`,
  serve: `hoshin serve — 庁内用の HTML をブラウザーで確かめる

使い方:
  hoshin serve [フォルダ] [--port 番号]

フォルダ（省略時は現在のフォルダ）のポリシーを庁内用（すべての文書、非公開部分を明示）の HTML にして、
このコンピューターの中だけ（http://127.0.0.1:番号/）で表示します。Markdown や policy.yaml を
保存すると作り直し、開いているページを自動で更新します。誤りがあるときは、古い内容の代わりに
誤りの一覧（ファイル:行:列、内容、ルールid）を表示します。何も書き出しません。

オプション:
  -p, --port 番号   待ち受けるポート（既定は空いている番号）
  -h, --help        この説明を表示する

終了するには Ctrl-C を押します。
終了コード: 0 正常に終了 / 2 使い方の誤り（ポートが使用中 など）`,
};
