/**
 * The lines of the flow as page layout sees them (page-estimator.ts), one entry per line in
 * parallel arrays: its height, the space before and after it, what binds it to the line before
 * (flags), the height of the table header rows repeated above it on a new page, and the 目次
 * candidates (their indices) that start on it.
 */
export class LineList {
  /** No page break between this line and the one before (keep together, keep with next, widows). */
  static readonly GLUED = 1;
  /** A page break before it. */
  static readonly BREAK = 2;
  /** The last line of a paragraph kept with the next one. */
  static readonly KEEP_NEXT = 4;

  readonly height: number[] = [];
  readonly before: number[] = [];
  readonly after: number[] = [];
  readonly flags: number[] = [];
  readonly repeat: number[] = [];
  /** The 目次 candidate starting on the line, or -1. */
  readonly toc: number[] = [];
  /** More 目次 candidates on a line (a table row's other cells), by line. */
  readonly more = new Map<number, number[]>();

  get length(): number {
    return this.height.length;
  }

  push(height: number, before: number, after: number, flags: number, repeat: number, toc: number, more?: readonly number[]): void {
    this.height.push(height);
    this.before.push(before);
    this.after.push(after);
    this.flags.push(flags);
    this.repeat.push(repeat);
    this.toc.push(toc);
    if (more && more.length > 0) this.more.set(this.height.length - 1, [...more]);
  }

  /** The lines' height with the space around them. */
  total(): number {
    let sum = 0;
    for (let i = 0; i < this.height.length; i++) sum += this.height[i] + this.before[i] + this.after[i];
    return sum;
  }

  /** Every 目次 candidate on the lines, in order, added to `into`. */
  tocsInto(into: number[]): void {
    for (let i = 0; i < this.toc.length; i++) this.eachToc(i, (toc) => into.push(toc));
  }

  /** More candidates on line `i`, after its own. */
  addTocs(i: number, tocs: readonly number[]): void {
    if (tocs.length > 0) this.more.set(i, [...(this.more.get(i) ?? []), ...tocs]);
  }

  eachToc(i: number, visit: (toc: number) => void): void {
    if (this.toc[i] >= 0) visit(this.toc[i]);
    const more = this.more.get(i);
    if (more) for (const toc of more) visit(toc);
  }
}
