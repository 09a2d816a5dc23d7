import { diagnostic, type Diagnostic } from '../diagnostic.js';

// `---` on the first line, YAML-looking lines (`key: value` first, then more of them, list items,
// indented or blank lines), `---` or `...`: the front matter of Jekyll, Hugo and most editors.
const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n[A-Za-z_][\w-]*[ \t]*:.*\r?\n(?:(?:[A-Za-z_][\w-]*[ \t]*:.*|[ \t]+.*|-[ \t].*|[ \t]*)\r?\n)*(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/**
 * hoshin reads no front matter: such a block is Markdown to it (a rule and a heading), published
 * as text. A new user writing `visibility: internal` there would publish the very file they meant
 * to keep internal, so it is an error that says where that setting goes.
 */
export function findFrontMatter(text: string, file: string): Diagnostic | undefined {
  if (!FRONT_MATTER.test(text)) return undefined;
  const message = 'ファイルの先頭の --- で囲んだ部分（フロントマター）を hoshin は読まず、本文として公開します。公開区分は policy.yaml の documents[].visibility に、文書の中の非公開の部分は :::internal … ::: で書き、この部分は消してください。';
  return diagnostic({ file, line: 1, column: 1 }, 'error', 'front-matter', message);
}
