// A bounded, seeded fuzz test (issue 14): every IPC channel's validator and handler through the
// one wrapper, and the browser mode's HTTP endpoint, with valid, near-valid and hostile input.
// Nothing may throw, answer 500, break the result contract or stop the server. Same seed, same
// requests on every run; a failure prints the seed and the request.
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pick, rng } from '../../../bench/random';
import { TOKEN_HEADER } from '../../../electron/browser-mode/guard';
import { startBrowserServer, type BrowserServer } from '../../../electron/browser-mode/server';
import { CONTRACT, IpcError } from '../../../electron/contract/channels';
import { CHANNELS } from '../../../electron/contract/methods';
import { createHandlers } from '../../../electron/ipc/handlers';
import { dispatchAsync } from '../../../electron/ipc/register';
import { openRealDb } from '../../helpers/real-db';
import { fuzzArg, oddString, oddValue } from './fuzz-inputs';

const SEED = Number(process.env.PPI_FUZZ_SEED ?? 20261129);
const PER_CHANNEL = 200; // x 16 channels
const HTTP_REQUESTS = 1000;

const db = openRealDb();
const userData = mkdtempSync(join(tmpdir(), 'ppi-fuzz-'));
const handlers = createHandlers(db, { name: 'PPI Explorer', version: '0.0.0-fuzz', mode: 'browser' }, { userDataDir: userData });
let server: BrowserServer;
const agent = new Agent({ keepAlive: true, maxSockets: 8 });

beforeAll(async () => {
  server = await startBrowserServer({ handlers, rendererDir: join(import.meta.dirname, '..', '..', 'fixtures'), pdfDir: null });
});
afterAll(async () => {
  agent.destroy();
  await server.close();
  db.close();
  rmSync(userData, { recursive: true, force: true });
});

/** Channels whose handler answers quickly; the HTTP part spends its requests on the server itself. */
const LIGHT = CHANNELS.filter((c) => !['surveys:list', 'survey:present', 'survey:outline', 'about:data', 'instruments:list', 'report:get'].includes(c));

function safeEncode(s: string): string {
  try {
    return encodeURIComponent(s);
  } catch {
    return '%ED%A0%80'; // a lone surrogate, sent as the bytes a client would send
  }
}

describe(`fuzz (seed ${SEED})`, () => {
  it(`every IPC channel's validator: ${PER_CHANNEL} arguments each, refused through the wrapper with a located message, never a throw`, async () => {
    const r = rng(SEED);
    let accepted = 0;
    let refused = 0;
    for (const channel of CHANNELS) {
      const validOnes = new Map<string, unknown>();
      for (let i = 0; i < PER_CHANNEL; i++) {
        const arg = fuzzArg(r, channel);
        const where = `${channel} ${JSON.stringify(arg)?.slice(0, 200)} (seed ${SEED})`;
        const parsed = CONTRACT[channel].arg.safeParse(arg);
        if (parsed.success) {
          accepted++;
          // What the validator lets through survives IPC's structured clone and is accepted again.
          expect(CONTRACT[channel].arg.safeParse(structuredClone(parsed.data)).success, where).toBe(true);
          validOnes.set(JSON.stringify(arg) ?? 'undefined', arg);
          continue;
        }
        refused++;
        const result = await dispatchAsync(handlers, channel, arg);
        expect(result, where).toMatchObject({ ok: false, error: { code: 'bad-argument', message: expect.stringContaining(`${channel}: invalid argument`) } });
      }
      // A bounded sample of the accepted ones runs through the real handler and the result schema.
      for (const arg of [...validOnes.values()].slice(0, 6)) {
        const where = `${channel} ${JSON.stringify(arg)?.slice(0, 200)} (seed ${SEED})`;
        const result = await dispatchAsync(handlers, channel, arg);
        if (result.ok) expect(CONTRACT[channel].result.safeParse(result.value).success, where).toBe(true);
        else expect(IpcError.safeParse(result.error).success && result.error.code === 'failed', where).toBe(true);
      }
    }
    expect(await dispatchAsync(handlers, oddString(r), oddValue(r))).toMatchObject({ ok: false, error: { code: 'bad-channel' } });
    // The generator reaches both sides of the validators.
    expect(accepted).toBeGreaterThan(CHANNELS.length * 10);
    expect(refused).toBeGreaterThan(CHANNELS.length * 30);
  }, 60_000);

  it(`the browser mode: ${HTTP_REQUESTS} requests, never a 500, still serving afterwards`, async () => {
    const r = rng(SEED + 1);
    const statuses = new Map<number, number>();
    const send = (o: { method: string; path: string; headers: Record<string, string | Buffer>; body?: string | Buffer }) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        // An explicit length: Node's client sends a DELETE body without one, which is not HTTP.
        const length = o.body === undefined ? {} : { 'content-length': String(Buffer.byteLength(o.body)) };
        const req = request({ host: '127.0.0.1', port: server.port, agent, method: o.method, path: o.path, headers: { ...o.headers, ...length } as never }, (res) => {
          let body = '';
          res.on('data', (c) => (body += c));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        });
        req.on('error', reject);
        req.end(o.body);
      });
    let prev = '';
    for (let i = 0; i < HTTP_REQUESTS; i++) {
      const api = r() < 0.75;
      const channel = r() < 0.9 ? pick(r, r() < 0.97 ? LIGHT : CHANNELS) : oddString(r);
      const path = api ? `/__api/${safeEncode(channel).replace(/%3A/g, ':')}` : pick(r, ['/', '/index.html', '/../secret', '/%2e%2e/x', '/pdfs/../../x', '/made-up-missing.js', `/${safeEncode(oddString(r))}`]);
      const headers: Record<string, string | Buffer> = { host: r() < 0.95 ? `127.0.0.1:${server.port}` : pick(r, ['evil.example', `localhost:${server.port}`]) };
      const tokenRoll = r();
      if (tokenRoll < 0.8) headers[TOKEN_HEADER] = server.token;
      else if (tokenRoll < 0.9) headers[TOKEN_HEADER] = Buffer.alloc(43, 0xe9).toString('latin1');
      else headers[TOKEN_HEADER] = 'x'.repeat(Math.floor(r() * 60));
      if (r() < 0.9) headers['content-type'] = pick(r, ['application/json', 'application/json; charset=utf-8', 'text/plain']);
      if (r() < 0.1) headers.origin = pick(r, ['http://evil.example', `http://127.0.0.1:${server.port}`, 'null']);
      const arg = fuzzArg(r, LIGHT.includes(channel as never) ? (channel as never) : pick(r, LIGHT));
      const body = r() < 0.85 ? JSON.stringify(arg === undefined ? {} : { arg }) : pick(r, ['{', '[]', 'null', '"x"', '\u0000', '{"arg":' + '['.repeat(5000) + ']'.repeat(5000) + '}']);
      const method = api ? (r() < 0.95 ? 'POST' : pick(r, ['GET', 'PUT', 'DELETE'])) : pick(r, ['GET', 'HEAD', 'POST']);
      const where = `${method} ${path} ${JSON.stringify(headers).slice(0, 200)} ${body.slice(0, 120)} (seed ${SEED})`;
      const res = await send({ method, path, headers, body: method === 'GET' || method === 'HEAD' ? undefined : body }).catch((e: Error) => {
        throw new Error(`${e.message}: ${where} AFTER ${prev}`);
      });
      expect([200, 400, 403, 404, 405, 413, 415], where).toContain(res.status);
      if (api && res.status === 200) expect(typeof JSON.parse(res.body).ok, where).toBe('boolean');
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      prev = `${res.status} ${where}`;
    }
    expect((await send({ method: 'POST', path: '/__api/surveys:list', headers: { host: `127.0.0.1:${server.port}`, [TOKEN_HEADER]: server.token, 'content-type': 'application/json' }, body: '{}' })).status).toBe(200);
    expect(statuses.get(200)).toBeGreaterThan(HTTP_REQUESTS / 4);
    expect(statuses.get(403)).toBeGreaterThan(10);
  }, 60_000);
});
