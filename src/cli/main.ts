import { hoshinVersion } from '../assets.js';
import { visibleControls } from '../visible-controls.js';
import { HELP, VERSION_TEXT } from './help.js';
import type { Io } from './io.js';
import { streamWriter } from './stream-writer.js';
import { UsageError } from './usage-error.js';

type Command = (args: string[], io: Io) => Promise<number>;

// Loaded on use: `hoshin check` should not pay for the DOCX writer or the diff engine.
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./check-command.js')).checkCommand,
  build: async () => (await import('./build-command.js')).buildCommand,
  init: async () => (await import('./init-command.js')).initCommand,
  diff: async () => (await import('./diff-command.js')).diffCommand,
  serve: async () => (await import('./serve-command.js')).serveCommand,
};

function processIo(): Io {
  return {
    cwd: process.cwd(),
    color: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    env: process.env,
    stdout: streamWriter(process.stdout),
    stderr: streamWriter(process.stderr),
  };
}

/** The CLI: returns the exit code; prints no stack trace for anything a user can do. */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === undefined || command === '-h' || command === '--help') {
      io.stdout(HELP.main + '\n');
      return command === undefined ? 2 : 0;
    }
    if (command === '-v' || command === '--version') {
      io.stdout(VERSION_TEXT(hoshinVersion()) + '\n');
      return 0;
    }
    if (command === 'help') {
      io.stdout((HELP[rest[0] ?? 'main'] ?? HELP.main) + '\n');
      return 0;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) throw new UsageError(`未知のコマンド ${command} です。hoshin --help で使い方を確かめてください。`);
    return await (await load())(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`hoshin: ${visibleControls(error.message)}\n`);
      return 2;
    }
    // A bug in hoshin, not in the policy: say so plainly; the stack only on request.
    const detail = io.env.HOSHIN_DEBUG && error instanceof Error ? `\n${error.stack}` : '';
    io.stderr(`hoshin: 内部エラーが発生しました（${visibleControls(error instanceof Error ? error.message : String(error))}）。HOSHIN_DEBUG=1 を付けて再実行すると詳細を表示します。${detail}\n`);
    return 2;
  }
}
