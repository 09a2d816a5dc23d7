import type { ChangeSet } from '../../diff/types.js';
import { toComparison } from '../../diff/to-comparison.js';
import type { Policy } from '../../model/types.js';
import type { BuildInfo, Output } from '../build-info.js';
import { markingOf } from '../marking-of.js';
import { toComparisonDocx } from './to-comparison-docx.js';
import { toComparisonHtml } from './to-comparison-html.js';
import { toRedlineDocx } from './to-redline-docx.js';
import type { Reviser } from './tracked-changes.js';

export interface ComparisonOutputOptions {
  columns?: 'new-old' | 'old-new';
  remarks?: boolean;
}

/**
 * One edition's 新旧対照表 and redlines, by file name: for each document that changed, its 新旧対照表
 * (DOCX and HTML) and, when the new revision still has it, its redline DOCX. `old`, `now` and
 * `changes` are of one edition; a file showing non-public text carries the marking.
 */
export async function comparisonOutputs(
  old: Policy,
  now: Policy,
  changes: ChangeSet,
  info: BuildInfo,
  reviser: Reviser,
  options: ComparisonOutputOptions = {},
): Promise<Map<string, Output>> {
  const files = new Map<string, Output>();
  for (const change of changes.documents) {
    if (change.status === 'unchanged') continue;
    const newDoc = now.documents.find((d) => d.id === change.id);
    const oldDoc = old.documents.find((d) => d.id === change.id);
    const policy = newDoc ? now : old;
    const comparison = toComparison(change, options.columns ?? 'new-old');
    // The table's own content decides: it may show internal text of the old revision only, or
    // none at all of a document whose internal parts did not change.
    const marking = comparison.internal ? markingOf(policy) : undefined;
    const look = { remarks: options.remarks ?? false, marking };
    files.set(`${change.id}.新旧対照表.docx`, await toComparisonDocx(policy, comparison, info, look));
    files.set(`${change.id}.新旧対照表.html`, toComparisonHtml(policy, comparison, info, look));
    if (newDoc) files.set(`${change.id}.redline.docx`, await toRedlineDocx(now, newDoc, change, info, reviser));
  }
  return files;
}
