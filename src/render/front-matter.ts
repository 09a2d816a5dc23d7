import { toWareki } from '../expand/wareki.js';
import type { Policy, PolicyDocument } from '../model/types.js';

/** What a cover page says, shared by every output format. */
export interface FrontMatter {
  org: string;
  collection: string;
  coverTitle: string;
  title: string;
  /** 「令和8年3月策定」 and, after revisions, 「令和9年4月改定」. */
  dates: string[];
}

export function toFrontMatter(policy: Policy, document: PolicyDocument): FrontMatter {
  const dates: string[] = [];
  const adopted = policy.adopted && toWareki(policy.adopted);
  if (adopted) dates.push(`${adopted}策定`);
  const latest = policy.revisions.filter((r) => r.kind !== '策定').at(-1);
  const revised = latest && toWareki(latest.date);
  if (revised) dates.push(`${revised}改定`);
  return { org: policy.org.name, collection: policy.title, coverTitle: document.coverTitle, title: document.title, dates };
}
