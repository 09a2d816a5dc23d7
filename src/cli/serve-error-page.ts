import { relative } from 'node:path';
import { h } from 'hastscript';
import { toHtmlString } from '../render/html/to-html-string.js';
import type { Diagnostic } from '../diagnostic.js';
import { fillTemplate } from '../render/html/fill-template.js';
import { pageCsp } from '../render/html/page-csp.js';
import { styleSheet } from '../render/html/style-sheet.js';

const SEVERITY = { error: '誤り', warning: '警告', info: 'お知らせ' } as const;

/**
 * What `hoshin serve` shows instead of stale content while the source has errors: every problem
 * as file:line:column, severity, message and rule id, as `hoshin check` prints them.
 */
export function serveErrorPage(diagnostics: readonly Diagnostic[], dir: string, script: string): string {
  const shown = diagnostics.filter((d) => d.severity !== 'info');
  const errors = shown.filter((d) => d.severity === 'error').length;
  const place = (d: Diagnostic) => `${relative(dir, d.file) || d.file}:${d.line}:${d.column}`;
  const table = h('table', { className: ['diagnostics'] }, [
    h('thead', h('tr', ['場所', '重さ', '内容', 'ルール'].map((c) => h('th', { scope: 'col', className: c === '内容' ? undefined : ['short'] }, c)))),
    h(
      'tbody',
      shown.map((d) => h('tr', [h('td', { className: ['short'] }, h('code', place(d))), h('td', { className: ['short'] }, SEVERITY[d.severity]), h('td', d.message), h('td', { className: ['short'] }, h('code', d.ruleId))])),
    ),
  ]);
  const style = styleSheet({}, undefined);
  return fillTemplate('errors.hbs', {
    csp: pageCsp(style, true),
    style,
    script: toHtmlString(h('script', { src: script, defer: true })),
    title: 'ポリシーに誤りがあります',
    summary: `誤り ${errors} 件。直して保存すると、このページは自動で更新されます。`,
    table: toHtmlString(table),
  });
}
