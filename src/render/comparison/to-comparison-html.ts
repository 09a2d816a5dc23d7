import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toHtmlString } from '../html/to-html-string.js';
import type { Comparison, Para, Run } from '../../diff/comparison.js';
import type { Policy } from '../../model/types.js';
import type { BuildInfo } from '../build-info.js';
import { fillTemplate } from '../html/fill-template.js';
import { pageCsp } from '../html/page-csp.js';
import { pageFrame } from '../html/page-frame.js';
import type { ComparisonOptions } from './to-comparison-docx.js';

const REMARKS = '備考';

/** 傍線 as span.changed; internal-only text and its 〔非公開〕 label in the classes build's pages use for :internal[…]. */
function runs(list: readonly Run[]): ElementContent[] {
  const out: ElementContent[] = [];
  let internal: Element | undefined;
  for (const run of list) {
    const text: ElementContent = run.underline ? h('span', { className: ['changed'] }, run.text) : { type: 'text', value: run.text };
    if (run.label) {
      out.push(h('span', { className: ['internal-mark'] }, run.text));
      internal = undefined;
    } else if (!run.internal) {
      out.push(text);
      internal = undefined;
    } else if (internal) internal.children.push(text);
    else {
      // One span for a stretch of internal runs, as build's :internal[…].
      internal = h('span', { className: ['internal-inline'] }, [text]);
      out.push(internal);
    }
  }
  return out;
}

function para(p: Para): Element {
  const depth = Math.min(p.depth, 6);
  const depthClass = depth > 0 ? [`depth-${depth}`] : [];
  if (p.cells && p.cells.length > 0) return h('p', { className: ['cells', ...depthClass] }, p.cells.map((cell) => h('span', { className: ['cell'] }, runs(cell))));
  return h('p', depthClass.length > 0 ? { className: depthClass } : {}, runs(p.runs));
}

/** The 新旧対照表 as a <table>: caption (the note), column headers, a row per provision or （略）. */
function comparisonTable(comparison: Comparison, remarks: boolean): Element {
  const head = h('thead', [
    h('tr', [...comparison.columns.map((c) => h('th', { scope: 'col' }, comparison.columnTitles[c])), ...(remarks ? [h('th', { scope: 'col', className: ['remarks'] }, REMARKS)] : [])]),
  ]);
  const body = h(
    'tbody',
    comparison.rows.map((row) =>
      h('tr', row.kind === 'omitted' ? { className: ['omitted'] } : {}, [
        ...comparison.columns.map((c) => h('td', row[c].map(para))),
        ...(remarks ? [h('td', { className: ['remarks'] })] : []),
      ]),
    ),
  );
  return h('table', { className: ['comparison'] }, [h('caption', comparison.note), head, body]);
}

/**
 * A 新旧対照表 as a self-contained page in the renderer's frame: its style sheet (set for A4
 * landscape) plus the comparison rules, its CSP, no script and no external request. Changed text
 * is underlined (傍線) on both sides.
 */
export function toComparisonHtml(policy: Policy, comparison: Comparison, info: BuildInfo, options: ComparisonOptions = {}): string {
  const page = (policy.output.page ?? {}) as Record<string, unknown>;
  const landscape = { ...policy, output: { ...policy.output, page: { margins: page.margins, size: 'A4', orientation: 'landscape' } } };
  const frame = pageFrame(landscape, info, options.marking, {});
  const style = `${frame.style}\n${fillTemplate('comparison.css.hbs', {})}`;
  if (/<\/?style/i.test(style)) throw new Error('style sheet would close its <style> element');
  return fillTemplate('comparison.hbs', {
    ...frame,
    style,
    csp: pageCsp(style, false),
    title: comparison.title,
    org: policy.org.name,
    table: toHtmlString(comparisonTable(comparison, options.remarks ?? false)),
  });
}
