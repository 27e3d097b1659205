import { gunzipSync } from 'node:zlib';
import Bunzip from 'seek-bzip';
import { SourceError } from '../../errors';

export type Compression = 'bzip2' | 'gzip' | 'xz' | 'none';

/** Which compression the first bytes announce; null when they match none R writes. */
export function detectCompression(bytes: Uint8Array): Compression | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x42, 0x5a, 0x68)) return 'bzip2'; // "BZh"
  if (starts(0x1f, 0x8b)) return 'gzip';
  if (starts(0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00)) return 'xz';
  if (starts(0x52, 0x44, 0x58)) return 'none'; // "RDX" written without compression
  return null;
}

/** The serialized bytes inside an .rda file (saved with bzip2, gzip or no compression). */
export function decompressRda(bytes: Uint8Array, file: string): Uint8Array {
  if (bytes.length === 0) throw new SourceError(file, 'byte 0', 'compression', 'the file is empty');
  const kind = detectCompression(bytes);
  const magic = Buffer.from(bytes.subarray(0, 4)).toString('hex');
  switch (kind) {
    case 'none':
      return bytes;
    case 'gzip':
      try {
        return gunzipSync(bytes);
      } catch (e) {
        throw new SourceError(file, 'byte 0', 'compression', `the gzip data is corrupt or truncated (${(e as Error).message})`);
      }
    case 'bzip2':
      return bunzip(bytes, file);
    case 'xz':
      throw new SourceError(file, 'byte 0', 'compression', 'xz-compressed .rda files are not supported (only bzip2 and gzip)');
    default:
      throw new SourceError(file, 'byte 0', 'compression', `not an .rda file: it starts with bytes ${magic}, not bzip2, gzip or "RDX"`);
  }
}

const PAST_END = Symbol('past end');

function bunzip(bytes: Uint8Array, file: string): Uint8Array {
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The library's own buffer reader returns undefined past the end and decodes garbage; this
  // one stops there so a truncated file is reported as such.
  let pos = 0;
  const stream = {
    readByte(): number {
      if (pos >= input.length) throw PAST_END;
      return input[pos++]!;
    },
    read(buf: Uint8Array, offset: number, length: number): number {
      for (let i = 0; i < length; i++) buf[offset + i] = this.readByte();
      return length;
    },
    seek(p: number) {
      pos = p;
    },
    eof: () => pos >= input.length,
  };
  try {
    return Bunzip.decode(stream);
  } catch (e) {
    if (e === PAST_END) {
      throw new SourceError(file, `byte ${input.length}`, 'compression', 'the bzip2 data ends early (is the file truncated?)');
    }
    throw new SourceError(file, `byte ${pos}`, 'compression', `the bzip2 data is corrupt (${(e as Error).message})`);
  }
}
