// The browser mode: the built renderer and, on 127.0.0.1 only, POST /__api/<channel>, which
// runs the same contract, validators and handlers as the Electron main process. Exists so the
// whole UI can be tested in a real browser against real data.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Handlers } from '../ipc/handlers';
import { dispatchAsync } from '../ipc/register';
import { securityHeaders } from '../security/csp';
import { API_PREFIX } from '../contract/browser-endpoint';
import { isAllowedHost, isAllowedOrigin, newToken, TOKEN_HEADER, tokenMatches } from './guard';
import { routeAppPath } from '../shell/app-routes';
import { sendFile, sendText } from './static-files';

const MAX_BODY = 64 * 1024;

export interface BrowserServerOptions {
  handlers: Handlers;
  rendererDir: string;
  pdfDir: string | null;
  port?: number;
  token?: string;
}

export interface BrowserServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) resolve(null);
      else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { ...securityHeaders(), 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, o: BrowserServerOptions, token: string) {
  if (req.method !== 'POST') return sendText(res, 405, 'POST only');
  if (!tokenMatches(req.headers[TOKEN_HEADER], token)) return sendText(res, 403, 'missing or wrong token');
  if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) return sendText(res, 415, 'JSON only');
  const raw = await readBody(req);
  if (raw === null) return sendText(res, 413, 'request too large');
  let body: unknown;
  try {
    body = raw === '' ? {} : JSON.parse(raw);
  } catch {
    return sendJson(res, 400, { ok: false, error: { code: 'bad-argument', message: 'request body is not JSON' } });
  }
  const arg = body && typeof body === 'object' && 'arg' in body ? (body as { arg: unknown }).arg : undefined;
  sendJson(res, 200, await dispatchAsync(o.handlers, path.slice(API_PREFIX.length), arg));
}

function route(req: IncomingMessage, res: ServerResponse, o: BrowserServerOptions, port: number, token: string): Promise<void> | void {
  if (!isAllowedHost(req.headers.host, port) || !isAllowedOrigin(req.headers.origin, port)) return sendText(res, 403, 'wrong host or origin');
  const path = new URL(req.url ?? '/', `http://127.0.0.1:${port}`).pathname;
  if (path.startsWith(API_PREFIX)) return handleApi(req, res, path, o, token);
  if (req.method !== 'GET' && req.method !== 'HEAD') return sendText(res, 405, 'GET only');
  const head = req.method === 'HEAD';
  const target = routeAppPath(path, { renderer: o.rendererDir, pdfs: o.pdfDir });
  return sendFile(res, target.root, target.path, head, req.headers.range);
}

export function startBrowserServer(o: BrowserServerOptions): Promise<BrowserServer> {
  const token = o.token ?? newToken();
  let port = 0;
  const server = createServer((req, res) => {
    Promise.resolve(route(req, res, o, port, token)).catch((e: Error) => {
      if (!res.headersSent) sendText(res, 500, `internal error: ${e.message}`);
      else res.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () => new Promise((done) => (server.closeAllConnections(), server.close(() => done()))),
      });
    });
  });
}
