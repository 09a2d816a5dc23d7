import type { Segment } from '../../diff/types.js';
import type { Inline } from '../../model/types.js';
import { TrackedMarks as M } from './tracked-marks.js';

const text = (value: string): Inline[] => (value === '' ? [] : [{ type: 'text', value }]);

/**
 * A word diff as the model's inline content for the redline: inserted and deleted text wrapped in
 * TrackedMarks, internal-only text inside an :internal[…] span, so the DOCX renderer shows it as
 * it shows internal text in build's internal edition.
 */
export function trackedInlines(segments: readonly Segment[]): Inline[] {
  const out: Inline[] = [];
  let i = 0;
  while (i < segments.length) {
    const internal = segments[i].internal === true;
    let value = '';
    for (; i < segments.length && (segments[i].internal === true) === internal; i++) {
      const s = segments[i];
      value += s.op === 'equal' ? s.text : s.op === 'insert' ? M.inserted(s.text) : M.deleted(s.text);
    }
    if (value === '') continue;
    out.push(...(internal ? [{ type: 'internalSpan' as const, children: text(value) }] : text(value)));
  }
  return out;
}
