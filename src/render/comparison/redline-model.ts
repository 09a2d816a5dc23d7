import type { DocumentChange, LineChange, ProvisionChange, Segment } from '../../diff/types.js';
import type { Block, Inline, PolicyDocument, Section } from '../../model/types.js';
import { deletedParagraph, lineSlots, spansOf, trackedText } from './line-slots.js';
import { trackedInlines } from './tracked-inlines.js';
import { TrackedMarks as M, type LabelChange } from './tracked-marks.js';

/** Where a section stands: the array that holds it and its parent section. */
interface Place {
  section?: Section;
  siblings: Block[];
  parent?: Section;
}

const text = (value: string): Inline[] => (value === '' ? [] : [{ type: 'text', value }]);

/**
 * A word diff as inline content. Text of an internal block is shown by its block (boxed, 〔非公開〕),
 * so only in a public block is internal text (spans, or an internal line's old text) kept apart.
 */
function spanned(segments: readonly Segment[], inInternalBlock: boolean): Inline[] {
  return trackedInlines(inInternalBlock ? segments.map(({ op, text }) => ({ op, text })) : segments);
}

/** A section's own body: its blocks before the first subsection. */
function ownEnd(children: readonly Block[]): number {
  const i = children.findIndex((b) => b.type === 'section');
  return i < 0 ? children.length : i;
}

/**
 * The new revision's document with a provision's changes written into its text as TrackedMarks,
 * so the DOCX renderer draws the new document with the old text alongside, ready to become
 * w:ins / w:del. Deleted provisions come back as sections of their own where they stood. The
 * compiled document is not touched (the model is copied).
 */
export function toRedlineModel(original: PolicyDocument, change: DocumentChange): { document: PolicyDocument; labels: LabelChange[] } {
  const document = structuredClone(original);
  const labels: LabelChange[] = [];
  const labelRef = (label: LabelChange) => (label.del === label.ins && label.rendered === label.ins ? '' : M.labelRef(labels.push(label) - 1));
  const places = new Map<string, Place>();
  const walk = (blocks: Block[], parent?: Section) => {
    for (const block of blocks) {
      if (block.type !== 'section') continue;
      places.set(block.id, { section: block, siblings: blocks, parent });
      walk(block.children, block);
    }
  };
  walk(document.children);
  const root: Place = { siblings: document.children };
  const parentOf = new Map<Section, Place>();
  for (const place of places.values()) if (place.section) parentOf.set(place.section, place);
  const sameDepth = (depth: number) => [...places.values()].find((p) => p.section?.depth === depth)?.section;

  /** Write a provision's lines into its own body (`blocks` from 0 to the first subsection). */
  const applyLines = (lines: readonly LineChange[], blocks: Block[], visibility: Section['visibility'], whole: boolean) => {
    // The body is taken out while deleted lines go in, so they land before the subsections.
    const body = blocks.splice(0, ownEnd(blocks));
    const real = lineSlots(body);
    if (real.length !== lines.filter((l) => l.new).length) {
      blocks.unshift(...body);
      return;
    }
    let k = 0;
    let pending: NonNullable<LineChange['old']>[] = [];
    for (const line of lines) {
      if (!line.new) {
        pending.push(line.old!);
        continue;
      }
      const slot = real[k++];
      if (pending.length > 0) slot.before(pending);
      pending = [];
      const label = line.new.label;
      const relabel = line.kind === 'added' || whole ? labelRef({ rendered: label, del: '', ins: label }) : labelRef({ rendered: label, del: line.old?.label ?? '', ins: label });
      if (line.kind === 'added' || whole) {
        const added = line.new;
        const cells = added.cells?.map((c, i) => [...text(M.paragraphIns), ...trackedText('insert', c, spansOf(added, i))]);
        if (!(cells && slot.setCells(cells))) slot.set([...text(M.paragraphIns), ...trackedText('insert', added.text, spansOf(added))]);
      } else if (line.kind === 'changed') {
        const framed = line.new.internal === true;
        if (!(line.cells && slot.setCells(line.cells.map((c) => spanned(c, framed))))) slot.set(spanned(line.segments ?? (line.cells ?? []).flat(), framed));
      }
      if (relabel !== '') slot.prefix(relabel);
    }
    if (pending.length > 0) body.push(...pending.map((l) => deletedParagraph(l, visibility)));
    blocks.unshift(...body);
  };

  let previous: Place | undefined;
  let deletedCount = 0;
  for (const p of change.provisions) {
    if (p.kinds.includes('deleted')) {
      previous = placeDeleted(p, previous);
      continue;
    }
    const place = p.id === '' ? root : places.get(p.id);
    if (!place) continue;
    previous = place;
    if (p.kinds.length === 0) continue;
    const whole = p.kinds.includes('added');
    const blocks = place.section ? place.section.children : document.children;
    applyLines(p.lines, blocks, place.section?.visibility ?? 'public', whole);
    const section = place.section;
    if (!section) continue;
    const number = p.number.new ?? '';
    const relabel = whole ? labelRef({ rendered: number, del: '', ins: number }) : labelRef({ rendered: number, del: p.number.old ?? '', ins: number });
    if (whole) section.heading = [...text(M.paragraphIns), ...trackedText('insert', p.heading.new ?? '', p.heading.spans?.new ?? [])];
    else if (p.heading.segments) section.heading = spanned(p.heading.segments, p.internal?.new === true);
    if (relabel !== '') section.heading.unshift(...text(relabel));
  }
  return { document, labels };

  /** A deleted provision as a section of its own, after the provision before it, at its old depth. */
  function placeDeleted(p: ProvisionChange, after: Place | undefined): Place {
    if (!p.number.old && !p.heading.old) {
      // Text before the first heading: deleted paragraphs at the top.
      document.children.unshift(...p.lines.map((l) => deletedParagraph(l.old!, 'public')));
      return root;
    }
    let anchor = after;
    while (anchor?.section && anchor.section.depth > p.depth) anchor = anchor.parent ? parentOf.get(anchor.parent) : root;
    const model = anchor?.section && anchor.section.depth === p.depth ? anchor.section : sameDepth(p.depth);
    const visibility = p.internal?.old ? 'internal' : (anchor?.section?.visibility ?? 'public');
    const number = p.number.old ?? '';
    const section: Section = {
      type: 'section',
      id: `hoshin-deleted-${++deletedCount}`,
      explicitId: false,
      depth: p.depth,
      level: model?.level ?? 0,
      unnumbered: number === '',
      caption: model?.caption ?? false,
      label: { text: number, ref: '' },
      heading: [...text(labelRef({ rendered: number, del: number, ins: '' }) + M.paragraphDel), ...trackedText('delete', p.heading.old ?? '', p.heading.spans?.old ?? [])],
      visibility,
      children: p.lines.map((l) => deletedParagraph(l.old!, visibility)),
    };
    let place: Place;
    if (!anchor || !anchor.section) {
      // Before every section of the document.
      const at = ownEnd(document.children);
      document.children.splice(at, 0, section);
      place = { section, siblings: document.children };
    } else if (anchor.section.depth === p.depth) {
      anchor.siblings.splice(anchor.siblings.indexOf(anchor.section) + 1, 0, section);
      place = { section, siblings: anchor.siblings, parent: anchor.parent };
    } else {
      // Deeper than the provision before it: its first subsection.
      const children = anchor.section.children;
      children.splice(ownEnd(children), 0, section);
      place = { section, siblings: children, parent: anchor.section };
    }
    parentOf.set(section, place);
    return place;
  }
}
