import type { PolicyDocument } from '../model/types.js';
import { diffLines } from './diff-lines.js';
import { diffWords } from './diff-words.js';
import { markInternal } from './mark-internal.js';
import { matchProvisions } from './match-provisions.js';
import { stableOrder } from './stable-order.js';
import { toProvisions, type Provision } from './to-provisions.js';
import type { DocumentChange, ProvisionChange, ProvisionKind } from './types.js';

/** The internal-only facts of one side's section, as ProvisionChange keeps them (only when there are any). */
function internalOf(p: Provision, which: 'old' | 'new'): Pick<ProvisionChange, 'internal'> {
  return p.internal ? { internal: { [which]: true } } : {};
}

function added(p: Provision): ProvisionChange {
  const spans = p.headingSpans.length > 0 ? { spans: { new: p.headingSpans } } : {};
  return { kinds: ['added'], id: p.id, number: { new: p.label }, ref: { new: p.ref }, heading: { new: p.heading, ...spans }, ...internalOf(p, 'new'), depth: p.depth, lines: p.lines.map((l) => ({ kind: 'added', new: l })) };
}

function deleted(p: Provision): ProvisionChange {
  const spans = p.headingSpans.length > 0 ? { spans: { old: p.headingSpans } } : {};
  return { kinds: ['deleted'], id: p.id, number: { old: p.label }, ref: { old: p.ref }, heading: { old: p.heading, ...spans }, ...internalOf(p, 'old'), depth: p.depth, lines: p.lines.map((l) => ({ kind: 'deleted', old: l })) };
}

/** A heading's word diff, its internal-only text flagged (a whole internal section's heading is internal). */
function headingSegments(old: Provision, now: Provision) {
  const ranges = (p: Provision) => (p.internal && p.heading !== '' ? [[0, p.heading.length] as const] : p.headingSpans);
  return markInternal(diffWords(old.heading, now.heading), ranges(old), ranges(now));
}

function compared(old: Provision, now: Provision, moved: boolean): ProvisionChange {
  const lines = diffLines(old.lines, now.lines);
  const kinds: ProvisionKind[] = [];
  const textChanged = old.heading !== now.heading || lines.some((l) => l.kind !== 'same');
  if (textChanged) kinds.push('modified');
  if (moved) kinds.push('moved');
  const renumbered = old.label !== now.label || lines.some((l) => l.kind === 'same' && l.old!.label !== l.new!.label);
  if (renumbered && !kinds.includes('modified')) kinds.push('renumbered');
  return {
    kinds,
    id: now.id,
    oldId: old.id !== now.id ? old.id : undefined,
    number: { old: old.label, new: now.label },
    ref: { old: old.ref, new: now.ref },
    heading: {
      old: old.heading,
      new: now.heading,
      segments: old.heading !== now.heading ? headingSegments(old, now) : undefined,
      ...(old.headingSpans.length > 0 || now.headingSpans.length > 0 ? { spans: { old: old.headingSpans, new: now.headingSpans } } : {}),
    },
    ...(old.internal || now.internal ? { internal: { old: old.internal, new: now.internal } } : {}),
    depth: now.depth,
    lines,
  };
}

const ZERO: Record<ProvisionKind, number> = { modified: 0, added: 0, deleted: 0, moved: 0, renumbered: 0 };

/**
 * One document's changes, provision by provision, in the new revision's order with deletions placed
 * where they stood. Unchanged provisions are kept (kinds empty) so presenters can show （略）.
 */
export function diffDocument(oldDoc: PolicyDocument | undefined, newDoc: PolicyDocument | undefined): DocumentChange {
  const olds = oldDoc ? toProvisions(oldDoc) : [];
  const news = newDoc ? toProvisions(newDoc) : [];
  const pairs = matchProvisions(olds, news);
  const stable = stableOrder(pairs);
  const oldOf = new Map([...pairs].map(([i, j]) => [j, i]));
  const provisions: ProvisionChange[] = [];
  let nextOld = 0;
  const flushDeleted = (upTo: number) => {
    for (; nextOld < upTo; nextOld++) if (!pairs.has(nextOld)) provisions.push(deleted(olds[nextOld]));
  };
  news.forEach((p, j) => {
    const i = oldOf.get(j);
    if (i === undefined) {
      provisions.push(added(p));
      return;
    }
    if (stable.has(i)) flushDeleted(i + 1);
    provisions.push(compared(olds[i], p, !stable.has(i)));
  });
  flushDeleted(olds.length);
  const counts = { ...ZERO };
  for (const p of provisions) for (const k of p.kinds) counts[k] += 1;
  const changed = provisions.some((p) => p.kinds.length > 0) || oldDoc?.title !== newDoc?.title;
  return {
    id: (newDoc ?? oldDoc)!.id,
    title: { old: oldDoc?.title, new: newDoc?.title },
    status: !oldDoc ? 'added' : !newDoc ? 'removed' : changed ? 'modified' : 'unchanged',
    visibility: (newDoc ?? oldDoc)!.visibility,
    provisions,
    counts,
  };
}
