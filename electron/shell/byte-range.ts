// HTTP byte ranges (RFC 9110 §14) for the files the app serves, so pdf.js can read a PDF's
// pages without waiting for the whole file. One range per request (pdf.js asks for one);
// anything else is served whole, as the RFC allows a server to ignore Range.

export interface ByteRange {
  /** First byte, inclusive. */
  start: number;
  /** Last byte, inclusive. */
  end: number;
}

/** The range a `Range` header asks of a file of `size` bytes: null to send the whole file,
 *  'unsatisfiable' for a range that starts past its end (answered 416). */
export function parseRange(header: string | null | undefined, size: number): ByteRange | null | 'unsatisfiable' {
  if (!header) return null;
  const m = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!m || (m[1] === '' && m[2] === '')) return null;
  if (m[1] === '') {
    // A suffix: the last N bytes.
    const n = Number(m[2]);
    if (n === 0) return 'unsatisfiable';
    return { start: Math.max(0, size - n), end: size - 1 };
  }
  const start = Number(m[1]);
  const end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  if (!Number.isSafeInteger(start) || start >= size) return 'unsatisfiable';
  if (end < start) return null;
  return { start, end };
}

/** Headers of a 206 answer (or a 416's Content-Range when `range` is null). */
export function rangeHeaders(range: ByteRange | null, size: number): Record<string, string> {
  if (!range) return { 'Content-Range': `bytes */${size}` };
  return { 'Content-Range': `bytes ${range.start}-${range.end}/${size}`, 'Content-Length': String(range.end - range.start + 1) };
}
