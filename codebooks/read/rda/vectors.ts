import type { XdrCursor } from './cursor';
import { CHAR_ASCII, CHAR_BYTES, CHAR_LATIN1, CHAR_UTF8, NA_INTEGER, SXP } from './sexptypes';

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin1 = new TextDecoder('latin1');

/** A vector length; -1 announces a long vector whose length follows as two words. */
export function readLength(cur: XdrCursor, bytesPerElement: number): number {
  const at = cur.pos;
  let n = cur.int('a vector length');
  if (n === -1) n = cur.int('a long vector length') * 2 ** 32 + (cur.int('a long vector length') >>> 0);
  if (n < 0) cur.fail(`a vector length of ${n} is impossible (the data is corrupt)`, at);
  if (n * bytesPerElement > cur.remaining) {
    cur.fail(`a vector of ${n} elements needs at least ${n * bytesPerElement} bytes but only ${cur.remaining} remain (is the file truncated?)`, at);
  }
  return n;
}

export function readLogicals(cur: XdrCursor): (boolean | null)[] {
  const n = readLength(cur, 4);
  const out = new Array<boolean | null>(n);
  for (let i = 0; i < n; i++) {
    const v = cur.int();
    out[i] = v === NA_INTEGER ? null : v !== 0;
  }
  return out;
}

export function readIntegers(cur: XdrCursor): (number | null)[] {
  const n = readLength(cur, 4);
  const out = new Array<number | null>(n);
  for (let i = 0; i < n; i++) {
    const v = cur.int();
    out[i] = v === NA_INTEGER ? null : v;
  }
  return out;
}

export function readReals(cur: XdrCursor): (number | null)[] {
  const n = readLength(cur, 8);
  const out = new Array<number | null>(n);
  for (let i = 0; i < n; i++) out[i] = cur.realOrNa();
  return out;
}

export function readComplex(cur: XdrCursor): ({ re: number; im: number } | null)[] {
  const n = readLength(cur, 16);
  const out = new Array<{ re: number; im: number } | null>(n);
  for (let i = 0; i < n; i++) {
    const re = cur.realOrNa();
    const im = cur.realOrNa();
    out[i] = re === null || im === null ? null : { re, im };
  }
  return out;
}

/**
 * The body of a CHARSXP (after its flags): a length, -1 for NA_character_, then bytes decoded by
 * the encoding bits. Unmarked strings are in the writer's native encoding: `native` when the
 * stream names it, otherwise UTF-8, and bytes that are not UTF-8 are an error, not mojibake.
 */
export function readCharBody(cur: XdrCursor, levels: number, native: string | null): string | null {
  const at = cur.pos;
  const n = cur.int('a string length');
  if (n === -1) return null;
  if (n < 0) cur.fail(`a string length of ${n} is impossible (the data is corrupt)`, at);
  const bytes = cur.take(n, `a string of ${n} bytes`);
  if (levels & (CHAR_LATIN1 | CHAR_BYTES)) return latin1.decode(bytes);
  const isLatin1Native = native !== null && /^(latin-?1|iso-?8859-?1|cp1252|windows-1252)$/i.test(native);
  if (!(levels & (CHAR_UTF8 | CHAR_ASCII)) && isLatin1Native) return latin1.decode(bytes);
  try {
    return utf8.decode(bytes);
  } catch {
    const bad = bytes.findIndex((b) => b >= 0x80);
    const mark = levels & CHAR_ASCII ? 'marked ASCII' : levels & CHAR_UTF8 ? 'marked UTF-8' : 'not marked Latin-1';
    return cur.fail(
      `a string ${mark} holds byte 0x${bytes[bad]!.toString(16)} that is not UTF-8 (was it saved as Latin-1?)`,
      at + 4 + Math.max(0, bad),
    );
  }
}

/** One element of a character vector: a CHARSXP item (its attributes, if any, are skipped). */
export function readStringElement(cur: XdrCursor, native: string | null, skipAttributes: () => void): string | null {
  const at = cur.pos;
  const flags = cur.int('a string header');
  if ((flags & 0xff) !== SXP.CHAR) cur.fail(`expected a string (type 9) but found type ${flags & 0xff}`, at);
  const s = readCharBody(cur, flags >>> 12, native);
  if (flags & (1 << 9)) skipAttributes();
  return s;
}
