/** Display width in em: full-width characters are 1, half-width (ASCII, halfwidth kana) ½. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    w += c < 0x1100 || (c >= 0xff61 && c <= 0xff9f) ? 0.5 : 1;
  }
  return w;
}

/** Full-width spaces as wide as text: what the other side shows, underlined, for an insertion. */
export function blankFor(text: string): string {
  return '\u3000'.repeat(Math.max(1, Math.ceil(width(text))));
}
