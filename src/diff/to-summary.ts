import type { ChangeSet, LineChange, ProvisionChange, ProvisionKind, Segment } from './types.js';

/** One reviewable fact: 「1回」→「2回以上」, a line added or deleted, a new number. */
export interface SummaryChange {
  kind: 'replace' | 'insert' | 'delete' | 'renumber' | 'move' | 'added' | 'deleted';
  old?: string;
  new?: string;
}

export interface SummaryEntry {
  /** How the provision is cited, e.g. 2.2.1 or 第3条, and its heading. */
  ref: string;
  heading: string;
  kinds: ProvisionKind[];
  changes: SummaryChange[];
}

export interface DocumentSummary {
  id: string;
  title: string;
  status: string;
  counts: Record<ProvisionKind, number>;
  entries: SummaryEntry[];
}

export interface Summary {
  meta: ChangeSet['meta'];
  documents: DocumentSummary[];
}

const MAX = 60;
const clip = (text: string) => ([...text].length > MAX ? [...text].slice(0, MAX - 1).join('') + '…' : text);

function edits(segments: readonly Segment[]): SummaryChange[] {
  const out: SummaryChange[] = [];
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i];
    if (s.op === 'delete' && segments[i + 1]?.op === 'insert') {
      out.push({ kind: 'replace', old: clip(s.text), new: clip(segments[++i].text) });
    } else if (s.op === 'delete') out.push({ kind: 'delete', old: clip(s.text) });
    else if (s.op === 'insert') out.push({ kind: 'insert', new: clip(s.text) });
  }
  return out;
}

function lineChanges(line: LineChange): SummaryChange[] {
  if (line.kind === 'added') return [{ kind: 'added', new: clip(line.new!.text) }];
  if (line.kind === 'deleted') return [{ kind: 'deleted', old: clip(line.old!.text) }];
  if (line.kind === 'changed') return line.cells ? line.cells.flatMap(edits) : edits(line.segments ?? []);
  return [];
}

function entry(p: ProvisionChange): SummaryEntry {
  const changes: SummaryChange[] = [];
  if (p.kinds.includes('added') || p.kinds.includes('deleted')) {
    changes.push({ kind: p.kinds[0] === 'added' ? 'added' : 'deleted' });
  } else {
    if (p.heading.segments) changes.push(...edits(p.heading.segments));
    for (const line of p.lines) changes.push(...lineChanges(line));
    if (p.ref.old !== p.ref.new) changes.push({ kind: 'renumber', old: p.ref.old, new: p.ref.new });
    if (p.kinds.includes('moved')) changes.push({ kind: 'move' });
  }
  return { ref: p.ref.new ?? p.ref.old ?? '', heading: p.heading.new ?? p.heading.old ?? '', kinds: p.kinds, changes };
}

/** The change set reduced to what a reviewer reads: per document, counts and one fact per change. */
export function toSummary(changes: ChangeSet): Summary {
  return {
    meta: changes.meta,
    documents: changes.documents.map((d) => ({
      id: d.id,
      title: d.title.new ?? d.title.old ?? d.id,
      status: d.status,
      counts: d.counts,
      entries: d.provisions.filter((p) => p.kinds.length > 0).map(entry),
    })),
  };
}
