// The app:// protocol: the built renderer and the instrument PDFs, only from the app's own
// folders (resolveInsideRoot), each response with the CSP and the other security headers.
// The protocol object is a parameter (Electron's from index.ts, a typed fake in the tests).
import { readFile } from 'node:fs/promises';
import { securityHeaders } from '../security/csp';
import { resolveInsideRoot } from '../security/resolve-path';
import { routeAppPath, type RouteRoots } from '../shell/app-routes';
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
  try {
    const body = await readFile(file);
    return new Response(body, { status: 200, headers: { ...securityHeaders(), 'Content-Type': contentTypeOf(file) } });
  } catch {
    return refuse(404, 'not found');
  }
}

export function handleAppProtocol(protocol: ProtocolLike, roots: RouteRoots): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, roots));
}
