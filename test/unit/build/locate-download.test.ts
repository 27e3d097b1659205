// Sources absent locally are downloaded from their pinned commit and checked against the SHA-256.
// The "upstream" here is a server on 127.0.0.1 serving made-up files.
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { downloadUrl, locate, locateAll } from '../../../codebooks/sources/locate';
import { madeUpEntry, MADE_UP_SOURCES } from '../../helpers/made-up-build';

let server: Server;
let base: string;
const requests: string[] = [];
const served = readFileSync(join(MADE_UP_SOURCES, 'made-up-sheet.csv'));

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url?.endsWith('/made-up-sheet.csv')) res.end(served);
    else if (req.url?.endsWith('/tampered.csv')) res.end(Buffer.concat([served, Buffer.from('extra\n')]));
    else (res.statusCode = 404), res.end('not found');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address() as { port: number };
  base = `http://127.0.0.1:${addr.port}`;
});
afterAll(() => server.close());

function emptyDirs() {
  const d = mkdtempSync(join(tmpdir(), 'ppi-locate-'));
  return { local: join(d, 'none'), cache: join(d, 'cache'), cleanup: () => rmSync(d, { recursive: true, force: true }) };
}

describe('locating sources', () => {
  it('downloads a missing file at its pinned commit, checks it and caches it', async () => {
    const { local, cache, cleanup } = emptyDirs();
    const entry = madeUpEntry('made-up-sheet.csv', 'c2f-sheet');
    const got = await locate(entry, { dirs: [local], cacheDir: cache, baseUrl: base, download: true });
    expect(got.origin).toBe('download');
    expect(requests.at(-1)).toBe(new URL(downloadUrl(entry, base)).pathname);
    expect(requests.at(-1)).toContain(entry.commit);
    expect(readFileSync(got.path!)).toEqual(served);
    const again = await locate(entry, { dirs: [local], cacheDir: cache, baseUrl: base, download: true });
    expect(again.origin).toBe('cache');
    cleanup();
  });

  it('refuses a download whose SHA-256 differs and keeps nothing of it', async () => {
    const { local, cache, cleanup } = emptyDirs();
    const entry = { ...madeUpEntry('made-up-sheet.csv', 'c2f-sheet'), path: 'tampered.csv', local: 'tampered.csv' };
    await expect(locate(entry, { dirs: [local], cacheDir: cache, baseUrl: base })).rejects.toThrow(/tampered\.csv: downloaded from .* but its SHA-256 is [0-9a-f]{64}, expected/);
    expect(existsSync(join(cache, 'tampered.csv'))).toBe(false);
    cleanup();
  });

  it('reports a file the upstream does not have as missing, with the HTTP status', async () => {
    const { local, cache, cleanup } = emptyDirs();
    const entry = { ...madeUpEntry('made-up-sheet.csv', 'c2f-sheet'), path: 'gone.csv', local: 'gone.csv' };
    await expect(locate(entry, { dirs: [local], cacheDir: cache, baseUrl: base })).rejects.toThrow(/gone\.csv: not found locally and .* answered HTTP 404/);
    const all = await locateAll([entry], { dirs: [local], cacheDir: cache, baseUrl: base });
    expect(all[0]).toMatchObject({ origin: 'missing', path: null });
    expect((all[0] as { reason: string }).reason).toMatch(/HTTP 404/);
    cleanup();
  });

  it('reports an unreachable upstream clearly', async () => {
    const { local, cache, cleanup } = emptyDirs();
    const entry = madeUpEntry('made-up-sheet.csv', 'c2f-sheet');
    await expect(locate(entry, { dirs: [local], cacheDir: cache, baseUrl: 'http://127.0.0.1:9' })).rejects.toThrow(/download from http:\/\/127\.0\.0\.1:9\/.* failed/);
    cleanup();
  });

  it('never downloads when told not to', async () => {
    const { local, cache, cleanup } = emptyDirs();
    const n = requests.length;
    const got = await locate(madeUpEntry('made-up-sheet.csv', 'c2f-sheet'), { dirs: [local], cacheDir: cache, baseUrl: base, download: false });
    expect(got.origin).toBe('missing');
    expect(requests.length).toBe(n);
    cleanup();
  });

  it('prefers $PPI_SOURCES_DIR, then the shared folder', async () => {
    const { defaultDirs } = await import('../../../codebooks/sources/locate');
    expect(defaultDirs({ PPI_SOURCES_DIR: '/x/y' })[0]).toBe('/x/y');
    expect(defaultDirs({})[0]).toMatch(/shared[/\\]codebooks-raw$/);
  });
});
