// Characters that stand for themselves inside a CSS string; everything else is written as a hex
// escape, so no user value can close the string, the rule or the <style> element.
const PLAIN = /[\p{L}\p{N}\p{M} \u3000-\u303f\uff01-\uff5e・ー._-]/u;

/** A manifest value as a quoted CSS string (for content: and font-family). */
export function cssString(value: string): string {
  let out = '"';
  for (const char of value) {
    out += PLAIN.test(char) && char !== '"' && char !== '\\' ? char : `\\${char.codePointAt(0)!.toString(16)} `;
  }
  return out + '"';
}
