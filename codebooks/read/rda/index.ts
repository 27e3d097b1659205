import { readFileSync } from 'node:fs';
import { SourceError } from '../../errors';
import { XdrCursor } from './cursor';
import { decompressRda, detectCompression, type Compression } from './decompress';
import { unserialize } from './unserialize';
import type { RValue } from './values';

export type { RValue } from './values';
export { attr, classOf, namesOf } from './values';
export { asDataFrame, type DataFrame } from './dataframe';

export interface RdaFile {
  compression: Compression;
  /** "RDX2" or "RDX3". */
  magic: string;
  /** R version that wrote the file. */
  writtenBy: string;
  /** The saved objects by name, in file order. */
  objects: Map<string, RValue>;
}

/** Reads an .rda (save() output): compressed "RDX2"/"RDX3" + an XDR-serialized pairlist of named objects. */
export function readRdaFile(path: string, file: string): RdaFile {
  return parseRda(readFileSync(path), file);
}

export function parseRda(bytes: Uint8Array, file: string): RdaFile {
  const compression = detectCompression(bytes) ?? 'none';
  const data = decompressRda(bytes, file);
  const magic = String.fromCharCode(...data.subarray(0, 5));
  if (magic !== 'RDX2\n' && magic !== 'RDX3\n') {
    const shown = JSON.stringify(magic.replace(/[^\x20-\x7e\n]/g, '?'));
    throw new SourceError(file, 'byte 0 of the decompressed data', 'magic', `expected "RDX2" or "RDX3", found ${shown}`);
  }
  const cur = new XdrCursor(data, file);
  cur.pos = 5;
  const { writtenBy, value } = unserialize(cur);
  if (value.type !== 'pairlist') return cur.fail(`the saved objects should form a pairlist, found ${value.type}`, 7);
  const objects = new Map<string, RValue>();
  for (const { tag, value: v } of value.data) objects.set(tag ?? cur.fail('a saved object has no name'), v);
  return { compression, magic: magic.trim(), writtenBy, objects };
}
