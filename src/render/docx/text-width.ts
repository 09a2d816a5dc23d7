/**
 * How wide text is, in full-width characters (em) of its font: Japanese fonts draw kanji, kana,
 * full-width forms and most symbols one em wide and half-width characters half an em (ＭＳ 明朝 and
 * IPA明朝 exactly, 游明朝's proportional Latin about that, capitals a little wider); Word and
 * LibreOffice put a quarter em between Japanese and Latin or digits (autospace: 令和 8 年). An
 * estimate for page layout, hanging indents and column widths, which leave room for its error.
 */
export function textWidth(text: string): number {
  let width = 0;
  let previous: boolean | undefined;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const full = !(code < 0x2000 || (code >= 0xff61 && code <= 0xffdc));
    if (previous !== undefined && previous !== full && char !== ' ') width += 0.25;
    previous = full;
    width += full ? 1 : code >= 0x41 && code <= 0x5a ? 0.6 : 0.5;
  }
  return width;
}
