/**
 * Bytes → text. UTF-8 (with or without BOM) is the only accepted encoding; CRLF and CR become LF
 * (line and column numbers stay the same). Anything else is reported with the place of the first
 * byte that is not UTF-8, and for Shift_JIS with how to convert it.
 */
export type Decoded =
  | { ok: true; text: string }
  | { ok: false; kind: 'shift_jis' | 'utf16' | 'binary' | 'unknown'; line: number; column: number };

function placeOf(bytes: Uint8Array, offset: number): { line: number; column: number } {
  const before = new TextDecoder('utf-8').decode(bytes.subarray(0, offset));
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: [...lines[lines.length - 1]].length + 1 };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    const need = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return -1;
}

function looksLikeShiftJis(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** UTF-16 without a BOM: text whose every other byte is NUL. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 2048);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) if (sample[i] === 0) (i % 2 === 0 ? even++ : odd++);
  const pairs = Math.floor(sample.length / 2);
  return pairs >= 2 && Math.max(even, odd) >= pairs * 0.3 && Math.min(even, odd) <= pairs * 0.05;
}

export function decode(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, kind: 'utf16', line: 1, column: 1 };
  }
  if (looksLikeUtf16(bytes)) return { ok: false, kind: 'utf16', line: 1, column: 1 };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, kind: 'binary', ...placeOf(bytes, nul) };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const kind = looksLikeShiftJis(bytes) ? 'shift_jis' : 'unknown';
    return { ok: false, kind, ...placeOf(bytes, Math.max(offset, 0)) };
  }
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}
