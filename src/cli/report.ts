import { relative } from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import { visibleControls } from '../visible-controls.js';
import { toJsonText } from './to-json-text.js';

const LABEL = { error: 'error', warning: 'warning', info: 'info' } as const;
const COLOR = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' } as const;

export interface ReportOptions {
  format: 'text' | 'json';
  color: boolean;
  verbose: boolean;
  cwd: string;
}

function displayPath(file: string, cwd: string): string {
  const rel = relative(cwd, file);
  return rel.startsWith('..') ? file : rel || file;
}

/** Diagnostics as `path:line:column  error  message  rule-id` lines plus a summary, or as JSON. */
export function formatReport(diagnostics: readonly Diagnostic[], options: ReportOptions): string {
  if (options.format === 'json') {
    return toJsonText(diagnostics.map((d) => ({ ...d, file: displayPath(d.file, options.cwd) })));
  }
  const shown = diagnostics.filter((d) => options.verbose || d.severity !== 'info');
  const lines = shown.map((d) => {
    const severity = options.color ? `${COLOR[d.severity]}${LABEL[d.severity]}\x1b[0m` : LABEL[d.severity];
    // File names, messages and rule ids quote the source: never let its control characters through.
    return `${visibleControls(displayPath(d.file, options.cwd))}:${d.line}:${d.column}  ${severity}  ${visibleControls(d.message)}  ${visibleControls(d.ruleId)}`;
  });
  const count = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  const infos = count('info');
  const summary = errors + warnings === 0 ? '問題はありません。' : `誤り ${errors} 件、警告 ${warnings} 件。`;
  const hidden = !options.verbose && infos > 0 ? `（お知らせ ${infos} 件: --verbose で表示）` : '';
  return [...lines, summary + hidden].join('\n') + '\n';
}
