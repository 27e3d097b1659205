// Writes tiny R serialization streams (XDR, as save() does) for made-up test data, since R is
// not available to produce fixtures. Only what the reader tests need; strings are UTF-8 unless
// an encoding is given.
import { gzipSync } from 'node:zlib';

export type WAttrs = [string, WValue][];
export type Enc = 'utf8' | 'ascii' | 'latin1' | 'unmarked' | 'unmarked-latin1-bytes';
export type WValue =
  | { t: 'null' }
  | { t: 'chr'; v: (string | null)[]; enc?: Enc; attrs?: WAttrs }
  | { t: 'int'; v: (number | null)[]; attrs?: WAttrs }
  | { t: 'dbl'; v: (number | null)[]; attrs?: WAttrs }
  | { t: 'lgl'; v: (boolean | null)[]; attrs?: WAttrs }
  | { t: 'list'; v: WValue[]; attrs?: WAttrs }
  | { t: 'intseq'; n: number; start: number; step: number; attrs?: WAttrs }
  /** Bytes written as they are, to build broken streams. */
  | { t: 'bytes'; bytes: number[] };

const NA_INT = -2147483648;

export class XdrWriter {
  private readonly chunks: Buffer[] = [];
  private readonly symbols = new Map<string, number>();

  int(n: number): this {
    const b = Buffer.alloc(4);
    b.writeInt32BE(n);
    this.chunks.push(b);
    return this;
  }

  double(n: number | null): this {
    const b = Buffer.alloc(8);
    if (n === null) b.writeUInt32BE(0x7ff00000, 0), b.writeUInt32BE(1954, 4);
    else b.writeDoubleBE(n);
    this.chunks.push(b);
    return this;
  }

  raw(bytes: Uint8Array | number[]): this {
    this.chunks.push(Buffer.from(bytes));
    return this;
  }

  flags(type: number, o: { obj?: boolean; attr?: boolean; tag?: boolean; levels?: number } = {}): this {
    return this.int(type | (o.obj ? 1 << 8 : 0) | (o.attr ? 1 << 9 : 0) | (o.tag ? 1 << 10 : 0) | ((o.levels ?? 0) << 12));
  }

  /** A symbol: the first use writes it, later uses refer back to it (REFSXP), as R does. */
  symbol(name: string): this {
    const ref = this.symbols.get(name);
    if (ref !== undefined) return this.int((ref << 8) | 255);
    this.symbols.set(name, this.symbols.size + 1);
    return this.flags(1).charsxp(name, 'ascii');
  }

  charsxp(s: string | null, enc: Enc = 'utf8'): this {
    if (s === null) return this.flags(9).int(-1);
    const levels = { utf8: 8, ascii: 64, latin1: 4, unmarked: 0, 'unmarked-latin1-bytes': 0 }[enc];
    const bytes = Buffer.from(s, enc === 'latin1' || enc === 'unmarked-latin1-bytes' ? 'latin1' : 'utf8');
    return this.flags(9, { levels }).int(bytes.length).raw(bytes);
  }

  attrs(list: WAttrs): this {
    for (const [name, v] of list) this.flags(2, { tag: true }).symbol(name).item(v);
    return this.int(254);
  }

  item(v: WValue): this {
    if (v.t === 'null') return this.int(254);
    if (v.t === 'bytes') return this.raw(v.bytes);
    const attr = !!v.attrs?.length;
    const obj = !!v.attrs?.some(([n]) => n === 'class');
    if (v.t === 'intseq') {
      // ALTREP: class info pairlist, state (n, start, step as doubles), attributes.
      this.flags(238, { attr });
      this.flags(2).symbol('compact_intseq').flags(2).symbol('base').flags(2).flags(13).int(1).int(13).int(254);
      this.flags(14).int(3).double(v.n).double(v.start).double(v.step);
      return attr ? this.attrs(v.attrs!) : this.int(254);
    }
    const type = { chr: 16, int: 13, dbl: 14, lgl: 10, list: 19 }[v.t];
    this.flags(type, { obj, attr }).int(v.v.length);
    if (v.t === 'chr') v.v.forEach((s) => this.charsxp(s, v.enc));
    if (v.t === 'int') v.v.forEach((n) => this.int(n ?? NA_INT));
    if (v.t === 'lgl') v.v.forEach((b) => this.int(b === null ? NA_INT : b ? 1 : 0));
    if (v.t === 'dbl') v.v.forEach((n) => this.double(n));
    if (v.t === 'list') v.v.forEach((x) => this.item(x));
    return attr ? this.attrs(v.attrs!) : this;
  }

  bytes(): Buffer {
    return Buffer.concat(this.chunks);
  }
}

export const chr = (v: (string | null)[], enc?: Enc): WValue => ({ t: 'chr', v, enc });
export const int = (v: (number | null)[]): WValue => ({ t: 'int', v });
export const dbl = (v: (number | null)[]): WValue => ({ t: 'dbl', v });

/** A tibble-like data.frame with compact row.names c(NA, -n). */
export function dataFrame(columns: Record<string, WValue>, rowNames?: WValue): WValue {
  const cols = Object.values(columns);
  const n = cols[0] && 'v' in cols[0] ? cols[0].v.length : 0;
  return {
    t: 'list',
    v: cols,
    attrs: [
      ['names', chr(Object.keys(columns))],
      ['row.names', rowNames ?? int([null, -n])],
      ['class', chr(['tbl_df', 'tbl', 'data.frame'])],
    ],
  };
}

/** The uncompressed bytes of save(): "RDX2\n" then the serialized pairlist of named objects. */
export function rdaBytes(objects: [string, WValue][], version: 2 | 3 = 2): Buffer {
  const w = new XdrWriter().raw(Buffer.from(`RDX${version}\nX\n`)).int(version).int(0x040301).int(0x020300);
  if (version === 3) w.int(5).raw(Buffer.from('UTF-8'));
  for (const [name, v] of objects) w.flags(2, { tag: true }).symbol(name).item(v);
  return w.int(254).bytes();
}

export const gzipRda = (objects: [string, WValue][], version: 2 | 3 = 2): Buffer => gzipSync(rdaBytes(objects, version));
