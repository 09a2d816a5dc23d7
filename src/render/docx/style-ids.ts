/**
 * The paragraph styles hoshin writes, by id. Built-in ids (Normal, Heading1–9, TOC1–3, Header,
 * Footer) keep Word's names, so Word's navigation pane, TOC field and style gallery know them.
 */
export const StyleId = {
  normal: 'Normal',
  heading: (depth: number) => `Heading${Math.min(Math.max(depth, 1), 9)}`,
  documentTitle: 'DocumentTitle',
  articleCaption: 'ArticleCaption',
  frontHeading: 'FrontHeading',
  coverCollection: 'CoverCollection',
  coverTitle: 'CoverTitle',
  coverDate: 'CoverDate',
  coverOrg: 'CoverOrg',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  tableCaption: 'TableCaption',
  internalLabel: 'InternalLabel',
  code: 'CodeBlock',
  quote: 'Quote',
  rule: 'HorizontalRule',
  spacer: 'TableSpacer',
  comparisonNote: 'ComparisonNote',
  comparisonText: 'ComparisonText',
  header: 'Header',
  footer: 'Footer',
} as const;
