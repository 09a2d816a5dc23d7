/**
 * Private-use characters that carry tracked changes through the DOCX renderer: the redline puts
 * them into the model's text, the renderer writes them into w:t unchanged, and trackedChanges()
 * turns them into w:ins / w:del afterwards. They never reach a finished file.
 */
export const TrackedMarks = {
  /** Text after this (until `end`) was inserted. */
  ins: '\uE000',
  /** Text after this (until `end`) was deleted. */
  del: '\uE001',
  end: '\uE002',
  /** The paragraph holding this was inserted (its mark is w:ins). */
  paragraphIns: '\uE003',
  /** The paragraph holding this was deleted (its mark is w:del). */
  paragraphDel: '\uE004',
  /** Followed by one character U+E100 + n: the paragraph's number is label change n. */
  label: '\uE005',
  /** Every mark, for removing leftovers. */
  any: /\uE005[\uE100-\uF8FF]|[\uE000-\uE005]/g,
  inserted: (text: string) => (text === '' ? '' : `\uE000${text}\uE002`),
  deleted: (text: string) => (text === '' ? '' : `\uE001${text}\uE002`),
  labelRef: (n: number) => `\uE005${String.fromCharCode(0xe100 + n)}`,
} as const;

/** A paragraph's number as drawn (`rendered`), to be shown as `del` deleted and `ins` inserted. */
export interface LabelChange {
  rendered: string;
  del: string;
  ins: string;
}
