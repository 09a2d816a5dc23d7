import type { NumberFormat } from '../types.js';

const KATAKANA = 'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン';
const IROHA = 'イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセス';
const KANJI_DIGITS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const KANJI_UNITS: Array<[number, string]> = [[1000, '千'], [100, '百'], [10, '十']];

function circled(n: number): string | undefined {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return undefined;
}

function kanji(n: number): string {
  if (n === 0) return '〇';
  let rest = n;
  let out = '';
  if (rest >= 10000) {
    out += kanji(Math.floor(rest / 10000)) + '万';
    rest %= 10000;
  }
  for (const [unit, sign] of KANJI_UNITS) {
    const digit = Math.floor(rest / unit);
    if (digit > 0) out += (digit === 1 ? '' : KANJI_DIGITS[digit]) + sign;
    rest %= unit;
  }
  return out + KANJI_DIGITS[rest];
}

function roman(n: number): string {
  const table: Array<[number, string]> = [
    [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
    [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
  ];
  let rest = n;
  let out = '';
  for (const [value, sign] of table) {
    while (rest >= value) {
      out += sign;
      rest -= value;
    }
  }
  return out;
}

function fromAlphabet(alphabet: string, n: number): string | undefined {
  const chars = [...alphabet];
  return n >= 1 && n <= chars.length ? chars[n - 1] : undefined;
}

/**
 * A counter value in one of the numbering formats of Japanese public documents. Formats with a
 * finite alphabet (①, ア, イ) fall back to decimal past their end rather than failing: the check
 * stage warns about such lists instead.
 */
export function formatNumber(n: number, format: NumberFormat): string {
  switch (format) {
    case 'decimal':
      return String(n);
    case 'fullwidth':
      return String(n).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
    case 'circled':
      return circled(n) ?? String(n);
    case 'katakana':
      return fromAlphabet(KATAKANA, n) ?? String(n);
    case 'iroha':
      return fromAlphabet(IROHA, n) ?? String(n);
    case 'kanji':
      return kanji(n);
    case 'roman':
      return roman(n);
    case 'alpha':
      return n >= 1 && n <= 26 ? String.fromCharCode(0x60 + n) : String(n);
  }
}

/** The largest number a format can show natively. */
export function formatCapacity(format: NumberFormat): number {
  switch (format) {
    case 'circled':
      return 50;
    case 'katakana':
      return [...KATAKANA].length;
    case 'iroha':
      return [...IROHA].length;
    case 'alpha':
      return 26;
    default:
      return Number.POSITIVE_INFINITY;
  }
}
