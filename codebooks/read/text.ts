import { readFileSync } from 'node:fs';
import { SourceError } from '../errors';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Reads a file as strict UTF-8 (a leading BOM is dropped). Bytes that are not UTF-8, such as a
 * file saved as Latin-1, are an error naming the line they are on.
 */
export function readUtf8(path: string, displayName: string): string {
  const bytes = readFileSync(path);
  if (bytes.length === 0) throw new SourceError(displayName, null, null, 'the file is empty');
  return decodeUtf8(bytes, displayName);
}

export function decodeUtf8(bytes: Uint8Array, displayName: string): string {
  try {
    return decoder.decode(bytes);
  } catch {
    const { line, offset } = firstInvalidByte(bytes);
    throw new SourceError(
      displayName,
      `line ${line}`,
      null,
      `byte 0x${bytes[offset]!.toString(16).padStart(2, '0')} at offset ${offset} is not UTF-8 (is the file in Latin-1 or Windows-1252?)`,
    );
  }
}

function firstInvalidByte(bytes: Uint8Array): { line: number; offset: number } {
  let line = 1;
  let i = 0;
  while (i < bytes.length) {
    if (bytes[i] === 0x0a) line++;
    const len = utf8LengthAt(bytes, i);
    if (len === 0) return { line, offset: i };
    i += len;
  }
  return { line, offset: Math.max(0, bytes.length - 1) };
}

/** The length of the UTF-8 sequence starting at `i`, or 0 when the bytes there are not UTF-8. */
export function utf8LengthAt(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const len = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : 0;
  for (let k = 1; k < len; k++) if (((bytes[i + k] ?? 0) & 0xc0) !== 0x80) return 0;
  return len;
}
