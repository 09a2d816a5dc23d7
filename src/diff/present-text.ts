import { visibleControls } from '../visible-controls.js';
import type { Summary } from './to-summary.js';
import { countsLine, describeChange, STATUS_NAMES } from './summary-words.js';

const RED = (t: string) => `\x1b[31m${t}\x1b[0m`;
const GREEN = (t: string) => `\x1b[32m${t}\x1b[0m`;
const BOLD = (t: string) => `\x1b[1m${t}\x1b[0m`;

/** The terminal summary: per document its counts, then one line per change; colored on a TTY. */
export function presentText(source: Summary, options: { color: boolean }): string {
  // Titles, headings and changed text come from the source: its control characters made visible.
  const summary = visibleControls(source);
  const mark = options.color ? { old: RED, new: GREEN } : undefined;
  const bold = options.color ? BOLD : (t: string) => t;
  const lines: string[] = [];
  if (summary.meta.length > 0) {
    lines.push(bold('マニフェスト'));
    for (const m of summary.meta) lines.push(`  ${m.field}: ${m.old ?? '（なし）'} → ${m.new ?? '（なし）'}`);
  }
  for (const d of summary.documents) {
    lines.push(bold(`${d.title}（${d.id}）: ${STATUS_NAMES[d.status]}`) + (d.status === 'unchanged' ? '' : `  ${countsLine(d.counts)}`));
    for (const e of d.entries) {
      const name = [e.ref, e.heading].filter(Boolean).join(' ') || '（前文）';
      for (const c of e.changes) lines.push(`  ${name}: ${describeChange(c, mark)}`);
    }
  }
  const total = summary.documents.reduce((n, d) => n + d.entries.length, 0);
  lines.push(total === 0 && summary.meta.length === 0 ? '変更はありません。' : `変更のある条項 ${total} 件。`);
  return lines.join('\n') + '\n';
}
