import { toWareki } from '../expand/wareki.js';
import type { Manifest } from '../validate/manifest.js';
import type { MetaChange } from './types.js';

/** Manifest facts a reviewer cares about (names, dates, documents' settings, roles), as strings. */
function facts(m: Manifest): Map<string, string> {
  const f = new Map<string, string>();
  f.set('org.name', m.org.name);
  f.set('org.self', m.org.self);
  f.set('title', m.title ?? '情報セキュリティポリシー');
  if (m.adopted) f.set('adopted', toWareki(m.adopted) ?? m.adopted);
  (m.revisions ?? []).forEach((r) => f.set(`revisions.${r.date}`, [toWareki(r.date) ?? r.date, r.kind, r.summary, r.instrument].filter(Boolean).join(' ')));
  for (const [id, role] of Object.entries(m.roles ?? {})) f.set(`roles.${id}`, [role.title, role.holder].filter(Boolean).join('／'));
  for (const d of m.documents) {
    f.set(`documents.${d.id}.visibility`, d.visibility ?? (d.tier === 'basic' ? 'public' : 'internal'));
    f.set(`documents.${d.id}.numbering`, JSON.stringify(d.numbering ?? 'guideline'));
  }
  return f;
}

/** What changed in the manifest itself, for "only the front matter changed" revisions. */
export function diffMeta(oldManifest: Manifest, newManifest: Manifest): MetaChange[] {
  const a = facts(oldManifest);
  const b = facts(newManifest);
  const changes: MetaChange[] = [];
  for (const field of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(field) !== b.get(field)) changes.push({ field, old: a.get(field), new: b.get(field) });
  }
  return changes;
}
