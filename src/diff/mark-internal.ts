import type { Range, Segment } from './types.js';

/** Whether offsets, visited in increasing order, fall into `ranges` (sorted, disjoint). */
function cursor(ranges: readonly Range[]): (at: number) => boolean {
  let i = 0;
  return (at) => {
    while (i < ranges.length && ranges[i][1] <= at) i++;
    return i < ranges.length && ranges[i][0] <= at;
  };
}

/**
 * A word diff with its internal-only text flagged: segments are split where text enters or leaves
 * `oldRanges` (offsets into the old text) or `newRanges` (the new text); kept text is internal
 * when it is so on either side. Unchanged when neither side has internal text.
 */
export function markInternal(segments: readonly Segment[], oldRanges: readonly Range[] = [], newRanges: readonly Range[] = []): Segment[] {
  if (oldRanges.length === 0 && newRanges.length === 0) return [...segments];
  const inOld = cursor(oldRanges);
  const inNew = cursor(newRanges);
  const out: Segment[] = [];
  let o = 0;
  let n = 0;
  for (const s of segments) {
    let start = 0;
    let flag = false;
    for (let k = 0; k < s.text.length; k++) {
      const internal = (s.op !== 'insert' && inOld(o + k)) || (s.op !== 'delete' && inNew(n + k));
      if (k > start && internal !== flag) {
        out.push({ op: s.op, text: s.text.slice(start, k), ...(flag ? { internal: true } : {}) });
        start = k;
      }
      flag = internal;
    }
    if (s.text.length > start) out.push({ op: s.op, text: s.text.slice(start), ...(flag ? { internal: true } : {}) });
    if (s.op !== 'insert') o += s.text.length;
    if (s.op !== 'delete') n += s.text.length;
  }
  return out;
}
