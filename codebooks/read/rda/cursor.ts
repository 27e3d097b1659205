import { SourceError } from '../../errors';

/**
 * Reads XDR (big-endian) numbers and bytes from the decompressed stream. Every error names the
 * byte offset in that stream and the object being read, so a corrupt file is located precisely.
 */
export class XdrCursor {
  pos = 0;
  /** The object path being read, e.g. `aou_codebook$choices[12]`; set by the unserializer. */
  path = '(header)';

  private readonly view: DataView;

  constructor(
    readonly bytes: Uint8Array,
    readonly file: string,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  fail(problem: string, at = this.pos): never {
    throw new SourceError(this.file, `byte ${at} of the decompressed data`, this.path, problem);
  }

  get remaining(): number {
    return this.bytes.length - this.pos;
  }

  private need(n: number, what: string): void {
    if (n > this.remaining) {
      this.fail(`the data ends after ${this.remaining} of the ${n} bytes of ${what} (is the file truncated?)`);
    }
  }

  int(what = 'an integer'): number {
    this.need(4, what);
    const v = this.view.getInt32(this.pos, false);
    this.pos += 4;
    return v;
  }

  double(what = 'a number'): number {
    this.need(8, what);
    const v = this.view.getFloat64(this.pos, false);
    this.pos += 8;
    return v;
  }

  /** A double, or null for R's NA_real_ (a NaN whose low word is 1954; other NaNs stay NaN). */
  realOrNa(what = 'a number'): number | null {
    this.need(8, what);
    const v = this.view.getFloat64(this.pos, false);
    const low = this.view.getUint32(this.pos + 4, false);
    this.pos += 8;
    return Number.isNaN(v) && low === 1954 ? null : v;
  }

  take(n: number, what: string): Uint8Array {
    this.need(n, what);
    const out = this.bytes.subarray(this.pos, this.pos + n);
    this.pos += n;
    return out;
  }
}
