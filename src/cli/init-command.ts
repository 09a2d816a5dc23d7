import { readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import Handlebars from 'handlebars';
import { assetPath } from '../assets.js';
import { visibleControls } from '../visible-controls.js';
import { HELP } from './help.js';
import type { Io } from './io.js';
import { tokyoTime } from '../render/tokyo-time.js';
import { makeFolder } from './make-folder.js';
import { parseCommandArgs } from './parse-args.js';
import { sourceDateEpoch } from './source-date-epoch.js';
import { fsErrorText } from './fs-error-text.js';
import { UsageError } from './usage-error.js';

const INIT_TEMPLATES = assetPath('templates/init/');

// `hoshin build --out dist` inside the policy folder: outputs are made from the commit, not kept in it.
const GITIGNORE = '# hoshin build --out dist の出力と、書き込み中の一時フォルダ\n/dist/\n/dist.hoshin-*\n';

/** How each kind of body refers to itself and to its head (for 副市長 and the like). */
const KINDS: Record<string, { self: string; head: string }> = {
  都道府県: { self: '本県', head: '知事' },
  市: { self: '本市', head: '市長' },
  町: { self: '本町', head: '町長' },
  村: { self: '本村', head: '村長' },
  特別区: { self: '本区', head: '区長' },
  一部事務組合: { self: '組合', head: '管理者' },
  広域連合: { self: '連合', head: '広域連合長' },
};

/** `hoshin init [folder]`: a minimal policy that checks clean, without overwriting anything. */
export async function initCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { name: { type: 'string' }, kind: { type: 'string' } });
  if (values.help) {
    io.stdout(HELP.init + '\n');
    return 0;
  }
  const kind = typeof values.kind === 'string' ? values.kind : '市';
  if (!(kind in KINDS)) throw new UsageError(`--kind には ${Object.keys(KINDS).join('、')} のいずれかを指定してください。`);
  const name = typeof values.name === 'string' && values.name !== '' ? values.name : `〇〇${kind === '都道府県' ? '県' : kind}`;
  // A name is printed on every cover and page: a line break or an escape sequence has no place in it.
  if (/[\u0000-\u001f\u007f-\u009f]/.test(name)) throw new UsageError(`--name に改行や制御文字は使えません（指定: ${visibleControls(name)}）。`);
  const dir = resolve(io.cwd, positionals[0] ?? '.');
  const targets = ['policy.yaml', 'basic-policy.md'];
  for (const target of targets) {
    if (await stat(join(dir, target)).catch(() => undefined)) throw new UsageError(`${join(positionals[0] ?? '.', target)} が既にあるため、作成しません。`);
  }
  // This month in Tokyo, whatever the machine's time zone (SOURCE_DATE_EPOCH stands for now).
  const adopted = tokyoTime(sourceDateEpoch(io.env) ?? new Date()).slice(0, 7);
  // The name goes into YAML quoted (a JSON string is a YAML one): `さくら町: 試行` or `#1` stays a name.
  const quoted = { name: JSON.stringify(name), title: JSON.stringify(`${name}情報セキュリティ基本方針`) };
  const context = { name, kind, adopted, quoted, ...KINDS[kind] };
  try {
    // Not mkdir's recursive option: it loops forever under /proc/self (see make-folder.ts).
    await makeFolder(dir);
    for (const target of targets) {
      const source = await readFile(join(INIT_TEMPLATES, `${target}.hbs`), 'utf8');
      // wx: a file (or a link to one) that appeared since the check above is never written over.
      await writeFile(join(dir, target), Handlebars.compile(source, { noEscape: true, strict: true })(context), { flag: 'wx' });
    }
  } catch (error) {
    throw new UsageError(`${visibleControls(positionals[0] ?? '.')} に雛形を作成できませんでした（${fsErrorText(error)}）。`);
  }
  // An existing .gitignore (the folder may be a repository already) is the user's: left alone.
  const ignored = await writeFile(join(dir, '.gitignore'), GITIGNORE, { flag: 'wx' }).then(() => true, () => false);
  const made = ignored ? [...targets, '.gitignore'] : targets;
  const shown = visibleControls(positionals[0] ?? '.');
  io.stdout(`${made.join('、')} を ${shown} に作成しました。次は hoshin check ${shown} を実行してください。\n`);
  return 0;
}
