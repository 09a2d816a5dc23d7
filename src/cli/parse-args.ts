import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.js';

/** node:util parseArgs with its English errors turned into a Japanese usage error (exit 2). */
export interface ParsedArgs {
  values: Record<string, string | boolean | undefined>;
  positionals: string[];
}

export function parseCommandArgs(args: string[], options: NonNullable<ParseArgsConfig['options']>): ParsedArgs {
  try {
    return parseArgs({ args, options: { help: { type: 'boolean', short: 'h' }, ...options }, allowPositionals: true, strict: true }) as ParsedArgs;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const option = /'([^']+)'/.exec(text)?.[1];
    if (/Unknown option/.test(text)) throw new UsageError(`未知のオプション ${option ?? ''} です。--help で使い方を確かめてください。`);
    if (/argument missing/.test(text)) throw new UsageError(`オプション ${option ?? ''} には値が必要です。`);
    throw new UsageError(`オプションの指定に誤りがあります（${text}）。`);
  }
}
