import { toWareki } from '../../expand/wareki.js';
import type { Table } from '../../model/types.js';
import type { RenderState } from './render-state.js';
import { StyleId } from './style-ids.js';
import { tableBlock } from './table-block.js';

const text = (value: string) => ({ children: [{ type: 'text' as const, value }], rowSpan: 1, colSpan: 1 });

/**
 * 改定履歴: one row per 策定 and 改定 (date in 和暦, kind, summary, instrument), as a model table
 * so it is laid out as every other table. Nothing when there is nothing after the 策定; says
 * whether it wrote anything.
 */
export function revisionHistory(state: RenderState): boolean {
  const { policy, out } = state;
  // The cover already gives the 策定; a history says more only after a revision.
  if (!policy.revisions.some((r) => r.kind !== '策定')) return false;
  const entries = [...policy.revisions];
  if (policy.adopted && !entries.some((r) => r.kind === '策定')) entries.unshift({ date: policy.adopted, kind: '策定' });
  // A summary may speak of internal provisions (対策基準第5条を改正), and nothing marks it public:
  // the public edition keeps dates, kinds and instruments only, as the public HTML index does.
  const withSummary = policy.edition === 'internal';
  const columns = withSummary ? ['年月日', '区分', '内容', '根拠'] : ['年月日', '区分', '根拠'];
  const table: Table = {
    type: 'table',
    visibility: 'public',
    align: withSummary ? ['left', 'center', 'left', 'left'] : ['left', 'center', 'left'],
    headerRows: 1,
    rows: [
      { cells: columns.map(text) },
      ...entries.map((r) => ({
        cells: (withSummary ? [toWareki(r.date) ?? r.date, r.kind, r.summary ?? '', r.instrument ?? ''] : [toWareki(r.date) ?? r.date, r.kind, r.instrument ?? '']).map(text),
      })),
    ],
  };
  out.paragraph({ style: StyleId.frontHeading }, () => out.run('', '改定履歴'));
  tableBlock(table, { ...state, indent: 0 });
  return true;
}
