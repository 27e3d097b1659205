// Serves files from one root folder through resolveInsideRoot, with the app's security headers.
import { createReadStream, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { securityHeaders } from '../security/csp';
import { resolveInsideRoot } from '../security/resolve-path';
import { contentTypeOf } from '../shell/content-types';

export function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(text);
}

export function sendFile(res: ServerResponse, root: string | null, requestPath: string, head = false): void {
  const file = root ? resolveInsideRoot(root, requestPath) : null;
  if (!file || !statSync(file).isFile()) return sendText(res, 404, 'not found');
  res.writeHead(200, { ...securityHeaders(), 'Content-Type': contentTypeOf(file), 'Content-Length': statSync(file).size });
  if (head) return void res.end();
  createReadStream(file).pipe(res);
}
