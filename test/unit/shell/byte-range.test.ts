// Byte ranges of the files the app serves (pdf.js reads a PDF's pages by range): the pure
// parser, then both servers, the browser mode and the app:// protocol, on a made-up PDF.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserServer, type BrowserServer } from '../../../electron/browser-mode/server';
import { handleAppProtocol } from '../../../electron/main/protocol';
import { parseRange } from '../../../electron/shell/byte-range';
import { FakeProtocol } from './fake-electron';
import { madeUpAppDir } from './made-up-app';
import { openShellDb } from './shell-db';

describe('parseRange', () => {
  it.each([
    ['bytes=0-3', { start: 0, end: 3 }],
    ['bytes=4-', { start: 4, end: 15 }],
    ['bytes=-5', { start: 11, end: 15 }],
    ['bytes=-100', { start: 0, end: 15 }],
    ['bytes=10-999', { start: 10, end: 15 }],
    ['bytes=16-20', 'unsatisfiable'],
    ['bytes=-0', 'unsatisfiable'],
    // Served whole: no header, another unit, several ranges, a backwards or empty range.
    [undefined, null],
    ['items=0-3', null],
    ['bytes=0-1,4-5', null],
    ['bytes=5-2', null],
    ['bytes=-', null],
  ])('%s of 16 bytes', (header, expected) => {
    expect(parseRange(header, 16)).toEqual(expected);
  });
});

const { db, handlers } = openShellDb();
const app = madeUpAppDir();
const pdf = readFileSync(join(app.pdfs, 'made-up.pdf'));
let server: BrowserServer;
const protocol = new FakeProtocol();
beforeAll(async () => {
  server = await startBrowserServer({ handlers, rendererDir: app.renderer, pdfDir: app.pdfs });
  handleAppProtocol(protocol, { renderer: app.renderer, pdfs: app.pdfs });
});
afterAll(async () => {
  await server.close();
  db.close();
  rmSync(app.dir, { recursive: true, force: true });
});

interface Reply {
  status: number;
  headers: { get(name: string): string | null };
  body: Buffer;
}

function viaBrowserMode(range?: string): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host: `127.0.0.1:${server.port}`, ...(range ? { range } : {}) };
    const req = request({ host: '127.0.0.1', port: server.port, path: '/pdfs/made-up.pdf', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: { get: (n) => (res.headers[n] as string | undefined) ?? null }, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

async function viaProtocol(range?: string): Promise<Reply> {
  const r = await protocol.fetch('app://app/pdfs/made-up.pdf', range ? { headers: { range } } : undefined);
  return { status: r.status, headers: r.headers, body: Buffer.from(await r.arrayBuffer()) };
}

describe.each([
  ['the browser mode', viaBrowserMode],
  ['the app:// protocol', viaProtocol],
])('%s', (_name, get) => {
  it('says it takes ranges, and sends the whole file without one', async () => {
    const r = await get();
    expect([r.status, r.headers.get('accept-ranges'), r.headers.get('content-length')]).toEqual([200, 'bytes', String(pdf.length)]);
    expect(r.body.equals(pdf)).toBe(true);
  });

  it('answers one range with exactly those bytes, 206, and the CSP', async () => {
    const r = await get('bytes=5-8');
    expect([r.status, r.headers.get('content-range'), r.headers.get('content-length')]).toEqual([206, `bytes 5-8/${pdf.length}`, '4']);
    expect(r.body.toString('latin1')).toBe(pdf.subarray(5, 9).toString('latin1'));
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
    const tail = await get('bytes=-6');
    expect([tail.status, tail.body.toString('latin1')]).toEqual([206, pdf.subarray(pdf.length - 6).toString('latin1')]);
  });

  it('refuses a range past the end with 416 and the size', async () => {
    const r = await get(`bytes=${pdf.length}-`);
    expect([r.status, r.headers.get('content-range'), r.body.length]).toEqual([416, `bytes */${pdf.length}`, 0]);
  });
});
