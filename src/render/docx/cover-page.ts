import { Paragraph } from 'docx';
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
export function coverPage(cover: Cover): Paragraph[] {
  return [
    new Paragraph({ style: StyleId.coverCollection, text: cover.over ?? '' }),
    new Paragraph({ style: StyleId.coverTitle, text: cover.title }),
    ...(cover.under ? [new Paragraph({ style: StyleId.coverDate, text: cover.under })] : []),
    ...cover.dates.map((date, i) => new Paragraph({ style: StyleId.coverDate, text: date, spacing: i === 0 ? { before: 1200 } : undefined })),
    new Paragraph({ style: StyleId.coverOrg, text: cover.org }),
  ];
}
