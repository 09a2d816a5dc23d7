import type { ProvisionKind } from './types.js';
import type { SummaryChange } from './to-summary.js';

export const KIND_NAMES: Record<ProvisionKind, string> = {
  modified: '修正',
  added: '新設',
  deleted: '削除',
  moved: '移動',
  renumbered: '番号のみ変更',
};

export const STATUS_NAMES: Record<string, string> = { added: '新規の文書', removed: '削除された文書', modified: '変更あり', unchanged: '変更なし' };

/** One change as a reviewer reads it; `mark` decorates removed and inserted text (color, ~~ **). */
export function describeChange(c: SummaryChange, mark: { old: (t: string) => string; new: (t: string) => string } = { old: (t) => t, new: (t) => t }): string {
  switch (c.kind) {
    case 'replace':
      return `「${mark.old(c.old!)}」→「${mark.new(c.new!)}」`;
    case 'insert':
      return `「${mark.new(c.new!)}」を追加`;
    case 'delete':
      return `「${mark.old(c.old!)}」を削除`;
    case 'added':
      return c.new ? `行を追加「${mark.new(c.new)}」` : '（新設）';
    case 'deleted':
      return c.old ? `行を削除「${mark.old(c.old)}」` : '（削除）';
    case 'renumber':
      return `番号 ${c.old || '（なし）'} → ${c.new || '（なし）'}`;
    case 'move':
      return '位置を移動';
  }
}

export function countsLine(counts: Record<ProvisionKind, number>): string {
  return (Object.keys(KIND_NAMES) as ProvisionKind[]).map((k) => `${KIND_NAMES[k]} ${counts[k]}`).join('、');
}
