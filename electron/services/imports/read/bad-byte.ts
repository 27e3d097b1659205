import { utf8LengthAt } from '../../../../codebooks/read/text';
// Where the first byte that is not UTF-8 sits in a block of whole lines: line and column.
export interface BadByte {
  offset: number;
  /** 1-based line within the block. */
  line: number;
  /** 0-based column (delimited field) holding the byte. */
  column: number | null;
}

export function locateBadByte(bytes: Uint8Array, delimiter: string): BadByte {
  const sep = delimiter.charCodeAt(0);
  let line = 1;
  let column = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const len = utf8LengthAt(bytes, i);
    if (len === 0) return { offset: i, line, column };
    if (b === 0x0a) {
      line++;
      column = 0;
    } else if (b === sep) column++;
    i += len;
  }
  return { offset: Math.max(0, bytes.length - 1), line, column: null };
}

export function badByteMessage(bytes: Uint8Array, at: BadByte, fileOffset: number): string {
  const hex = bytes[at.offset]!.toString(16).padStart(2, '0');
  return `byte 0x${hex} at offset ${fileOffset + at.offset} is not UTF-8 (is the file in Latin-1 or Windows-1252? Athena files are UTF-8)`;
}
