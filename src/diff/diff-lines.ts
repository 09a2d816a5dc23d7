import { diffArrays } from 'diff';
import { diffWords } from './diff-words.js';
import { internalRanges } from './internal-ranges.js';
import { markInternal } from './mark-internal.js';
import { similarity } from './similarity.js';
import type { Line, LineChange } from './types.js';

/** Below this, a deleted and an inserted line are two changes rather than one edited line. */
const SAME_LINE = 0.4;

function changed(old: Line, now: Line): LineChange {
  if (old.cells && now.cells && old.cells.length === now.cells.length) {
    const cells = old.cells.map((cell, i) => markInternal(diffWords(cell, now.cells![i]), internalRanges(old, i), internalRanges(now, i)));
    return { kind: 'changed', old, new: now, cells };
  }
  return { kind: 'changed', old, new: now, segments: markInternal(diffWords(old.text, now.text), internalRanges(old), internalRanges(now)) };
}

/** Pair a run of deleted lines with the run of inserted lines after it, in order, while they are alike. */
function pairRuns(deleted: Line[], inserted: Line[], out: LineChange[]): void {
  let i = 0;
  let j = 0;
  while (i < deleted.length && j < inserted.length) {
    const sameId = deleted[i].id !== undefined && deleted[i].id === inserted[j].id;
    if (sameId || similarity(deleted[i].text, inserted[j].text) >= SAME_LINE) {
      out.push(changed(deleted[i++], inserted[j++]));
    } else if (deleted.length - i >= inserted.length - j) out.push({ kind: 'deleted', old: deleted[i++] });
    else out.push({ kind: 'added', new: inserted[j++] });
  }
  for (; i < deleted.length; i++) out.push({ kind: 'deleted', old: deleted[i] });
  for (; j < inserted.length; j++) out.push({ kind: 'added', new: inserted[j] });
}

/**
 * Align two provision bodies line by line (text equality, numbers ignored so renumbered items stay
 * the same line), then diff each edited line word by word.
 */
export function diffLines(oldLines: readonly Line[], newLines: readonly Line[]): LineChange[] {
  const parts = diffArrays(oldLines as Line[], newLines as Line[], { comparator: (a, b) => a.text === b.text });
  const out: LineChange[] = [];
  let pending: Line[] = [];
  let oldIndex = 0;
  let newIndex = 0;
  for (const part of parts) {
    if (part.removed) {
      pending.push(...part.value);
      oldIndex += part.value.length;
    } else if (part.added) {
      pairRuns(pending, part.value, out);
      pending = [];
      newIndex += part.value.length;
    } else {
      pairRuns(pending, [], out);
      pending = [];
      // The comparator matched by text; take each side's own line so changed labels show.
      for (let k = 0; k < part.value.length; k++) out.push({ kind: 'same', old: oldLines[oldIndex + k], new: newLines[newIndex + k] });
      oldIndex += part.value.length;
      newIndex += part.value.length;
    }
  }
  pairRuns(pending, [], out);
  return out;
}
