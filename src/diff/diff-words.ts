import { diffArrays } from 'diff';
import { segmentWords } from './segment-words.js';
import type { Segment } from './types.js';

/** Kept runs this short between two edits read better folded into them (「1回」→「2回以上」). */
const SHORT_EQUAL = 2;

function push(out: Segment[], op: Segment['op'], text: string): void {
  if (text === '') return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/** Regroup so that each edit reads delete-then-insert, merging neighbours of the same kind. */
function normalize(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    push(out, 'delete', del);
    push(out, 'insert', ins);
    del = ins = '';
  };
  for (const s of segments) {
    if (s.op === 'equal') {
      flush();
      push(out, 'equal', s.text);
    } else if (s.op === 'delete') del += s.text;
    else ins += s.text;
  }
  flush();
  return out;
}

/** Semantic cleanup: a short kept run between two edits becomes part of both sides of one edit. */
function foldShortEquals(segments: Segment[]): Segment[] {
  const out: Segment[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    const before = out.length > 0 && out[out.length - 1].op !== 'equal';
    const after = i + 1 < segments.length && segments[i + 1].op !== 'equal';
    if (s.op === 'equal' && before && after && [...s.text].length <= SHORT_EQUAL) {
      out.push({ op: 'delete', text: s.text }, { op: 'insert', text: s.text });
    } else out.push({ ...s });
  }
  return normalize(out);
}

/**
 * Word diff of one paragraph, never of a whole document (DESIGN: jsdiff over 100k characters runs
 * out of memory). Words come from Intl.Segmenter('ja'), so edits do not split inside a word.
 */
export function diffWords(oldText: string, newText: string): Segment[] {
  if (oldText === newText) return oldText === '' ? [] : [{ op: 'equal', text: oldText }];
  const parts = diffArrays(segmentWords(oldText), segmentWords(newText));
  const segments: Segment[] = parts.map((p) => ({ op: p.added ? 'insert' : p.removed ? 'delete' : 'equal', text: p.value.join('') }));
  return foldShortEquals(normalize(segments));
}
