// Serves files from one root folder through resolveInsideRoot, with the app's security headers.
import { closeSync, createReadStream, fstatSync, openSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { securityHeaders } from '../security/csp';
import { resolveInsideRoot } from '../security/resolve-path';
import { parseRange, rangeHeaders } from '../shell/byte-range';
import { contentTypeOf } from '../shell/content-types';

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

/** Opens the file first, then reads its size from the open file: a file removed, replaced or
 *  unreadable between the two never reaches an unhandled stream error (which would stop the server). */
function openFile(file: string): { fd: number; size: number } | null {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return null;
  }
  try {
    const st = fstatSync(fd);
    if (st.isFile()) return { fd, size: st.size };
  } catch {
    // fall through: treated as not found
  }
  closeSync(fd);
  return null;
}

/** Vite names the built scripts and styles by their content (assets/index-BsF742NY.js): such a file
 *  never changes under its name, so the browser may keep it, and with it the compiled script. */
const HASHED_ASSET = /^\/assets\/[\w.-]+-[\w-]{8}\.(?:js|mjs|css)$/;

export function cacheControlFor(requestPath: string): string {
  return HASHED_ASSET.test(requestPath) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/** `range`: the request's Range header; one byte range is answered 206 (pdf.js reads PDFs so). */
export function sendFile(res: ServerResponse, root: string | null, requestPath: string, head = false, range?: string): void {
  const file = root ? resolveInsideRoot(root, requestPath) : null;
  const opened = file ? openFile(file) : null;
  if (!file || !opened) return sendText(res, 404, 'not found');
  const wanted = parseRange(range, opened.size);
  const common = { ...securityHeaders(), 'Content-Type': contentTypeOf(file), 'Cache-Control': cacheControlFor(requestPath), 'Accept-Ranges': 'bytes' };
  if (wanted === 'unsatisfiable') {
    closeSync(opened.fd);
    res.writeHead(416, { ...common, ...rangeHeaders(null, opened.size) });
    return void res.end();
  }
  if (wanted) res.writeHead(206, { ...common, ...rangeHeaders(wanted, opened.size) });
  else res.writeHead(200, { ...common, 'Content-Length': opened.size });
  if (head) {
    closeSync(opened.fd);
    return void res.end();
  }
  const stream = createReadStream(file, { fd: opened.fd, ...(wanted ? { start: wanted.start, end: wanted.end } : {}) });
  // A read that fails midway: the status is sent already, so cut the response short.
  stream.on('error', () => res.destroy());
  stream.pipe(res);
}
