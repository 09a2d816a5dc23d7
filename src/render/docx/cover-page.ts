import type { BodyWriter } from './body-writer.js';
import { StyleId } from './style-ids.js';

export interface Cover {
  /** Above the title, smaller (the collection: 情報セキュリティポリシー); none on the approval cover. */
  over?: string;
  title: string;
  /** Below the title, smaller (the approval cover's list of documents). */
  under?: string;
  dates: string[];
  org: string;
}

/** The cover's paragraphs, centered: collection, title, dates, and the organization at the foot. */
export function coverPage(cover: Cover, out: BodyWriter): void {
  const line = (style: string, text: string, before?: number) => out.paragraph({ style, before }, () => text !== '' && out.run('', text));
  line(StyleId.coverCollection, cover.over ?? '');
  line(StyleId.coverTitle, cover.title);
  if (cover.under) line(StyleId.coverDate, cover.under);
  cover.dates.forEach((date, i) => line(StyleId.coverDate, date, i === 0 ? 1200 : undefined));
  line(StyleId.coverOrg, cover.org);
}
