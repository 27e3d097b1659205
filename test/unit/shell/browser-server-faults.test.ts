// Faults the browser-mode server must survive (issue 14, defects 1 and 2): a file that cannot be
// opened when it is about to be served, and a token header of non-ASCII bytes. Before the fixes the
// first killed the server with an unhandled 'error' event, the second answered HTTP 500.
import { rmSync } from 'node:fs';
import { connect } from 'node:net';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { tokenMatches } from '../../../electron/browser-mode/guard';
import { startBrowserServer, type BrowserServer } from '../../../electron/browser-mode/server';
import { madeUpAppDir } from './made-up-app';
import { openShellDb } from './shell-db';

// The tests run as root here, so a chmod cannot make a file unreadable: instead every way of
// opening a file named made-up-unreadable.* fails with EACCES, as it would for an unprivileged
// server (or a file replaced during `npm run build`).
vi.mock('node:fs', async (original) => {
  const fs = await original<typeof import('node:fs')>();
  const refused = (p: unknown) => typeof p === 'string' && p.includes('made-up-unreadable');
  const eacces = (p: string) => Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' });
  const openSync: typeof fs.openSync = (p, ...rest) => {
    if (refused(p)) throw eacces(String(p));
    return fs.openSync(p, ...(rest as [string]));
  };
  const createReadStream = ((p: string, o?: object) => {
    const stream = fs.createReadStream(refused(p) ? '/nonexistent/made-up-unreadable' : p, o as never);
    return stream;
  }) as typeof fs.createReadStream;
  const patched = { ...fs, openSync, createReadStream };
  return { ...patched, default: patched };
});

const { db, handlers } = openShellDb();
let dir: string;
let server: BrowserServer;

beforeAll(async () => {
  const app = madeUpAppDir({ 'made-up-unreadable.js': 'console.log(1)' });
  dir = app.dir;
  server = await startBrowserServer({ handlers, rendererDir: app.renderer, pdfDir: null });
});
afterAll(async () => {
  await server.close();
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

function get(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, headers: { host: `127.0.0.1:${server.port}` } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

/** A raw request, so the token header can carry bytes that are not ASCII. */
function rawApi(tokenBytes: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(server.port, '127.0.0.1');
    let reply = '';
    socket.on('data', (c) => (reply += c.toString('latin1')));
    socket.on('end', () => resolve(reply.split('\r\n')[0]!));
    socket.on('error', reject);
    const head = `POST /__api/surveys:list HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/json\r\nContent-Length: 2\r\nConnection: close\r\nX-PPI-Token: `;
    socket.end(Buffer.concat([Buffer.from(head, 'latin1'), tokenBytes, Buffer.from('\r\n\r\n{}', 'latin1')]));
  });
}

describe('browser mode server under faults', () => {
  it('answers a file it cannot open with an error status and keeps serving', async () => {
    expect(await get('/made-up-unreadable.js')).toBe(404);
    expect(await get('/made-up-unreadable.js')).toBe(404);
    expect(await get('/index.html')).toBe(200); // still alive
  });

  it('refuses a token of 43 non-ASCII bytes with 403, not 500', async () => {
    expect(await rawApi(Buffer.alloc(43, 0xe9))).toBe('HTTP/1.1 403 Forbidden');
    expect(await rawApi(Buffer.from('é'.repeat(43), 'utf8'))).toBe('HTTP/1.1 403 Forbidden');
    expect(await rawApi(Buffer.from(server.token, 'latin1'))).toBe('HTTP/1.1 200 OK');
  });

  it('tokenMatches never throws, whatever the byte lengths', () => {
    const token = 'a'.repeat(43);
    for (const given of ['é'.repeat(43), '\u{1F600}'.repeat(22), 'a'.repeat(42) + 'é', '', token + 'a']) {
      expect(tokenMatches(given, token)).toBe(false);
    }
    expect(tokenMatches(token, token)).toBe(true);
  });
});
