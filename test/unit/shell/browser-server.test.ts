import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TOKEN_HEADER } from '../../../electron/browser-mode/guard';
import { startBrowserServer, type BrowserServer } from '../../../electron/browser-mode/server';
import { madeUpAppDir } from './made-up-app';
import { openShellDb } from './shell-db';

const { db, handlers } = openShellDb();
let dir: string;
let server: BrowserServer;

beforeAll(async () => {
  const app = madeUpAppDir();
  dir = app.dir;
  mkdirSync(join(app.renderer, 'assets'));
  writeFileSync(join(app.renderer, 'assets', 'made-up-AbCd12_-.js'), 'export {};');
  server = await startBrowserServer({ handlers, rendererDir: app.renderer, pdfDir: app.pdfs });
});
afterAll(async () => {
  await server.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

// node:http rather than fetch, because fetch forbids setting Host and Origin.
function send(path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: opts.method ?? 'GET', headers: { host: `127.0.0.1:${server.port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

const api = (channel: string, arg?: unknown, headers: Record<string, string> = {}) =>
  send(`/__api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token, ...headers },
    body: JSON.stringify(arg === undefined ? {} : { arg }),
  });

describe('browser mode server', () => {
  it('prints a loopback URL with its token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('serves the renderer and the PDFs with the CSP header', async () => {
    const index = await send('/');
    expect(index.status).toBe(200);
    expect(index.headers['content-type']).toContain('text/html');
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect(index.headers['cross-origin-resource-policy']).toBe('same-origin');
    // No opener policy: it would make a new tab start a second renderer (electron/security/csp.ts).
    expect(index.headers['cross-origin-opener-policy']).toBeUndefined();
    const pdf = await send('/pdfs/made-up.pdf');
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });

  it('lets the browser keep content-named assets, and asks again for the page and PDFs', async () => {
    const asset = await send('/assets/made-up-AbCd12_-.js');
    expect(asset.status).toBe(200);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await send('/')).headers['cache-control']).toBe('no-cache');
    expect((await send('/pdfs/made-up.pdf')).headers['cache-control']).toBe('no-cache');
  });

  it.each(['/../secret.txt', '/%2e%2e/secret.txt', '/pdfs/..%2f..%2fsecret.txt', '/missing.js'])('refuses %s', async (path) => {
    expect((await send(path)).status).toBe(404);
  });

  it('runs the contract with the token', async () => {
    const r = await api('surveys:list');
    expect(r.status).toBe(200);
    const body = JSON.parse(r.body);
    expect(body.ok).toBe(true);
    expect(body.value.length).toBeGreaterThan(10);
  });

  it('refuses a missing or wrong token with 403', async () => {
    expect((await api('surveys:list', undefined, { [TOKEN_HEADER]: '' })).status).toBe(403);
    expect((await api('surveys:list', undefined, { [TOKEN_HEADER]: server.token.slice(1) + 'x' })).status).toBe(403);
    const noToken = await send('/__api/surveys:list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(noToken.status).toBe(403);
  });

  it('refuses another Host (DNS rebinding) or Origin even with the token', async () => {
    expect((await api('surveys:list', undefined, { host: `evil.example:${server.port}` })).status).toBe(403);
    expect((await api('surveys:list', undefined, { host: `localhost:${server.port}` })).status).toBe(403);
    expect((await api('surveys:list', undefined, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('surveys:list', undefined, { origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
    expect((await send('/', { headers: { host: 'rebound.example' } })).status).toBe(403);
  });

  it('returns validation errors from the same validators', async () => {
    const bad = JSON.parse((await api('item:show', 42)).body);
    expect(bad).toMatchObject({ ok: false, error: { code: 'bad-argument' } });
    const unknown = JSON.parse((await api('fs:read', '/etc/passwd')).body);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'bad-channel' } });
    const notJson = await send('/__api/surveys:list', { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: server.token }, body: '{' });
    expect(notJson.status).toBe(400);
  });

  it('accepts only JSON POSTs of reasonable size on the endpoint', async () => {
    expect((await send('/__api/surveys:list', { headers: { [TOKEN_HEADER]: server.token } })).status).toBe(405);
    expect((await api('surveys:list', undefined, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await api('search:query', { query: 'x'.repeat(70_000) })).status).toBe(413);
    expect((await send('/', { method: 'DELETE' })).status).toBe(405);
  });
});
