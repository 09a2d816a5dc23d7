import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import Handlebars from 'handlebars';
import { assetPath } from '../assets.js';
import { HELP } from './help.js';
import type { Io } from './io.js';
import { tokyoTime } from '../render/tokyo-time.js';
import { parseCommandArgs } from './parse-args.js';
import { sourceDateEpoch } from './source-date-epoch.js';
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
  const dir = resolve(io.cwd, positionals[0] ?? '.');
  const targets = ['policy.yaml', 'basic-policy.md'];
  for (const target of targets) {
    if (await stat(join(dir, target)).catch(() => undefined)) throw new UsageError(`${join(positionals[0] ?? '.', target)} が既にあるため、作成しません。`);
  }
  // This month in Tokyo, whatever the machine's time zone (SOURCE_DATE_EPOCH stands for now).
  const adopted = tokyoTime(sourceDateEpoch(io.env) ?? new Date()).slice(0, 7);
  const context = { name, kind, adopted, ...KINDS[kind] };
  await mkdir(dir, { recursive: true });
  for (const target of targets) {
    const source = await readFile(join(INIT_TEMPLATES, `${target}.hbs`), 'utf8');
    await writeFile(join(dir, target), Handlebars.compile(source, { noEscape: true, strict: true })(context));
  }
  // An existing .gitignore (the folder may be a repository already) is the user's: left alone.
  const ignored = await writeFile(join(dir, '.gitignore'), GITIGNORE, { flag: 'wx' }).then(() => true, () => false);
  const made = ignored ? [...targets, '.gitignore'] : targets;
  io.stdout(`${made.join('、')} を ${positionals[0] ?? '.'} に作成しました。次は hoshin check ${positionals[0] ?? '.'} を実行してください。\n`);
  return 0;
}
