import { blankFor } from './blank-for.js';
import type { Comparison, ComparisonRow, Para, Run } from './comparison.js';
import { internalRanges } from './internal-ranges.js';
import { markInternal } from './mark-internal.js';
import type { DocumentChange, Line, LineChange, ProvisionChange, Range, Segment } from './types.js';

const OMITTED = '（略）';
const INTERNAL_LABEL = '〔非公開〕';

const plain = (text: string): Run[] => (text === '' ? [] : [{ text, underline: false }]);
const marked = (text: string): Run[] => (text === '' ? [] : [{ text, underline: true }]);

/** Text as runs, underlined or not, its internal-only ranges flagged. */
function pieces(text: string, ranges: readonly Range[], underline: boolean): Run[] {
  return markInternal([{ op: 'equal', text }], ranges, ranges)
    .filter((s) => s.text !== '')
    .map((s) => ({ text: s.text, underline, ...(s.internal ? { internal: true } : {}) }));
}

/** One side of a word diff: its own text underlined where changed, blanks where the other side inserted. */
function side(segments: readonly Segment[], which: 'old' | 'new'): Run[] {
  const own = which === 'old' ? 'delete' : 'insert';
  const other = which === 'old' ? 'insert' : 'delete';
  const runs: Run[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    const internal = s.internal ? { internal: true } : {};
    if (s.op === 'equal' && s.text !== '') runs.push({ text: s.text, underline: false, ...internal });
    else if (s.op === own && s.text !== '') runs.push({ text: s.text, underline: true, ...internal });
    else if (s.op === other) {
      // A pure insertion (no counterpart next to it) leaves underlined blanks on this side.
      const paired = segments[i - 1]?.op === own || segments[i + 1]?.op === own;
      if (!paired) runs.push(...marked(blankFor(s.text)));
    }
  }
  return runs;
}

function label(text: string | undefined, changed: boolean): Run[] {
  if (!text) return [];
  return [{ text, underline: changed }, { text: '\u3000', underline: false }];
}

function lineText(line: Line, underline: boolean, labelChanged: boolean): Run[] {
  return [...label(line.label, labelChanged || underline), ...pieces(line.text, internalRanges(line), underline)];
}

function linePara(change: LineChange, which: 'old' | 'new', depth: number): Para | undefined {
  const line = change[which];
  const other = change[which === 'old' ? 'new' : 'old'];
  if (!line) return undefined;
  const labelChanged = other !== undefined && other.label !== line.label;
  if (change.kind === 'same') return { runs: lineText(line, false, labelChanged), depth };
  if (change.kind === 'added' || change.kind === 'deleted') {
    return { runs: lineText(line, true, true), cells: line.cells?.map((cell, i) => pieces(cell, internalRanges(line, i), true)), depth };
  }
  const runs = [...label(line.label, labelChanged), ...side(change.segments ?? [], which)];
  return { runs, cells: change.cells?.map((segments) => side(segments, which)), depth };
}

/** A provision as its two sides: heading line, then the body with unchanged runs shown as （略）. */
function provisionRow(p: ProvisionChange): ComparisonRow {
  const row: ComparisonRow = { kind: 'provision', new: [], old: [] };
  const depth = Math.max(p.depth - 1, 0);
  const whole = p.kinds.includes('added') ? 'new' : p.kinds.includes('deleted') ? 'old' : undefined;
  for (const which of ['new', 'old'] as const) {
    const number = p.number[which];
    const heading = p.heading[which];
    const out = row[which];
    if (whole && whole !== which) {
      out.push({ runs: plain(whole === 'new' ? '（新設）' : '（削除）'), depth });
      continue;
    }
    const headingRanges = p.internal?.[which] && heading ? [[0, heading.length] as const] : (p.heading.spans?.[which] ?? []);
    const headingRuns = p.heading.segments ? side(p.heading.segments, which) : pieces(heading ?? '', headingRanges, whole !== undefined);
    if (number || heading) out.push({ runs: [...label(number, whole !== undefined || p.number.old !== p.number.new), ...headingRuns], depth });
    let skipped = false;
    for (const change of p.lines) {
      const untouched = !whole && change.kind === 'same' && change.old?.label === change.new?.label;
      if (untouched) {
        if (!skipped) out.push({ runs: plain(OMITTED), depth: depth + 1 });
        skipped = true;
        continue;
      }
      // A line that exists only on the other side leaves this side's （略） run unbroken.
      const para = linePara(change, which, depth + 1);
      if (para) {
        out.push(para);
        skipped = false;
      }
    }
  }
  return row;
}

/** A 〔非公開〕 run in front of each stretch of internal-only runs. */
function labelled(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  runs.forEach((run, i) => {
    if (run.internal && !runs[i - 1]?.internal) out.push({ text: INTERNAL_LABEL, underline: false, internal: true, label: true });
    out.push(run);
  });
  return out;
}

const plainRuns = (runs: readonly Run[]): Run[] => runs.map(({ text, underline }) => ({ text, underline }));

/**
 * Internal-only text labelled as build's internal outputs label it: in a public document, each
 * stretch gets a 〔非公開〕 in front; an internal document is non-public throughout, so nothing in
 * it is singled out. Returns whether the rows show any non-public text.
 */
function labelInternal(rows: ComparisonRow[], document: DocumentChange): boolean {
  const paras = rows.flatMap((row) => [...row.new, ...row.old]);
  const internal = paras.some((p) => [p.runs, ...(p.cells ?? [])].some((runs) => runs.some((r) => r.internal)));
  const relabel = document.visibility === 'internal' ? plainRuns : labelled;
  for (const para of paras) {
    para.runs = relabel(para.runs);
    if (para.cells) para.cells = para.cells.map(relabel);
  }
  return internal || document.visibility === 'internal';
}

/**
 * A document's change set → the 新旧対照表: one row per changed provision, one （略） row for each run
 * of unchanged provisions between them, columns 改正後 | 改正前 unless `order` says otherwise.
 */
export function toComparison(document: DocumentChange, order: 'new-old' | 'old-new' = 'new-old'): Comparison {
  const rows: ComparisonRow[] = [];
  let gap = false;
  for (const p of document.provisions) {
    if (p.kinds.length === 0) {
      gap = true;
      continue;
    }
    if (gap && rows.length > 0) rows.push({ kind: 'omitted', new: [{ runs: plain(OMITTED), depth: 0 }], old: [{ runs: plain(OMITTED), depth: 0 }] });
    gap = false;
    rows.push(provisionRow(p));
  }
  return {
    documentId: document.id,
    title: `${document.title.new ?? document.title.old ?? document.id} 新旧対照表`,
    note: '（傍線部分は改正部分）',
    columns: order === 'new-old' ? ['new', 'old'] : ['old', 'new'],
    columnTitles: { new: '改正後', old: '改正前' },
    internal: labelInternal(rows, document),
    rows,
  };
}
