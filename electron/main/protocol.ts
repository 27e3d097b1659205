// The app:// protocol: the built renderer and the instrument PDFs, only from the app's own
// folders (resolveInsideRoot), each response with the CSP and the other security headers.
// The protocol object is a parameter (Electron's from index.ts, a typed fake in the tests).
import { open } from 'node:fs/promises';
import { securityHeaders } from '../security/csp';
import { resolveInsideRoot } from '../security/resolve-path';
import { routeAppPath, type RouteRoots } from '../shell/app-routes';
import { parseRange, rangeHeaders } from '../shell/byte-range';
import { contentTypeOf } from '../shell/content-types';
import type { ProtocolLike } from './electron-like';

export const APP_SCHEME = 'app';
export const APP_HOST = 'app';

/** Must run before the app is ready. */
export function registerAppScheme(protocol: ProtocolLike): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true, codeCache: true } },
  ]);
}

function refuse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' } });
}

export async function serveAppRequest(request: Request, roots: RouteRoots): Promise<Response> {
  const url = new URL(request.url);
  if (url.host !== APP_HOST) return refuse(404, 'not found');
  if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405, 'GET only');
  const target = routeAppPath(url.pathname, roots);
  const file = target.root ? resolveInsideRoot(target.root, target.path) : null;
  if (!file) return refuse(404, 'not found');
  let fh;
  try {
    fh = await open(file, 'r');
    const st = await fh.stat();
    if (!st.isFile()) return refuse(404, 'not found');
    const headers = { ...securityHeaders(), 'Content-Type': contentTypeOf(file), 'Accept-Ranges': 'bytes' };
    // One byte range is answered 206, so pdf.js can read the pages it shows first.
    const range = parseRange(request.headers.get('range'), st.size);
    if (range === 'unsatisfiable') return new Response(null, { status: 416, headers: { ...headers, ...rangeHeaders(null, st.size) } });
    const start = range ? range.start : 0;
    const length = range ? range.end - range.start + 1 : st.size;
    const body = Buffer.alloc(length);
    let got = 0;
    while (got < length) {
      const { bytesRead } = await fh.read(body, got, length - got, start + got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    const bytes = body.subarray(0, got);
    if (!range) return new Response(request.method === 'HEAD' ? null : bytes, { status: 200, headers: { ...headers, 'Content-Length': String(got) } });
    return new Response(request.method === 'HEAD' ? null : bytes, { status: 206, headers: { ...headers, ...rangeHeaders({ start, end: start + got - 1 }, st.size) } });
  } catch {
    return refuse(404, 'not found');
  } finally {
    await fh?.close();
  }
}

export function handleAppProtocol(protocol: ProtocolLike, roots: RouteRoots): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, roots));
}
