import { visibleControls } from '../visible-controls.js';
import type { Summary } from './to-summary.js';
import { countsLine, describeChange, STATUS_NAMES } from './summary-words.js';

const escape = (t: string) => t.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);

/** The summary as Markdown, to paste into a review comment (removed text struck, inserted bold). */
export function presentMarkdown(source: Summary): string {
  // Printed on a terminal first: the source's control characters made visible.
  const summary = visibleControls(source);
  const out: string[] = ['# 改正の概要', ''];
  if (summary.meta.length > 0) {
    out.push('## マニフェスト', '');
    for (const m of summary.meta) out.push(`- \`${m.field}\`: ${escape(m.old ?? '（なし）')} → ${escape(m.new ?? '（なし）')}`);
    out.push('');
  }
  for (const d of summary.documents) {
    out.push(`## ${escape(d.title)}（${d.id}）`, '', `${STATUS_NAMES[d.status]}。${d.status === 'unchanged' ? '' : countsLine(d.counts)}`, '');
    for (const e of d.entries) {
      const name = escape([e.ref, e.heading].filter(Boolean).join(' ') || '（前文）');
      for (const c of e.changes) out.push(`- **${name}**: ${describeChange(c, { old: (t) => `~~${escape(t)}~~`, new: (t) => `**${escape(t)}**` })}`);
    }
    if (d.entries.length > 0) out.push('');
  }
  return out.join('\n').replace(/\n+$/, '') + '\n';
}
