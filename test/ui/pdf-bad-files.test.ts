// Bad PDF files in the viewer: the browser mode serves a folder of made-up files (one corrupt,
// the others missing); the viewer says what is wrong and the app goes on.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultDbPath } from '../../codebooks/paths';
import { startBrowserServer, type BrowserServer } from '../../electron/browser-mode/server';
import { createHandlers } from '../../electron/ipc/handlers';
import { pdfDocument } from '../../electron/services/pdfs';
import { openCodebook, type Codebook } from '../../electron/services/store';
import { checkoutPaths } from '../../electron/shell/data-paths';
import { openChromium, type Session } from './helpers/chromium';
import { PROJECT_ROOT } from './helpers/serve';

let db: Codebook;
let server: BrowserServer;
let s: Session;
const dir = mkdtempSync(join(tmpdir(), 'ppi-made-up-pdfs-'));

beforeAll(async () => {
  db = openCodebook(defaultDbPath());
  // A made-up corrupt file under a real document's name: a PDF header, then garbage.
  writeFileSync(join(dir, 'Lifestyle.pdf'), '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ngarbage\u0000\u0001 not a pdf\n%%EOF\n');
  server = await startBrowserServer({
    handlers: createHandlers(db, { name: 'PPI Explorer', version: '0.0.0-test', mode: 'browser' }),
    rendererDir: checkoutPaths(PROJECT_ROOT).renderer,
    pdfDir: dir,
  });
  s = await openChromium();
}, 60_000);
afterAll(async () => {
  await s?.close();
  await server?.close();
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

const ready = () => s.page.waitForSelector('[data-app-state="ready"]', { timeout: 30_000 });

describe('bad PDF files', () => {
  it('a corrupt file: a clear message naming it', async () => {
    const id = pdfDocument(db, 'Lifestyle.pdf')!.id;
    await s.page.goto(`${server.url}#/pdf/${id}`);
    await ready();
    await s.page.waitForSelector('[data-pdf-state="error"] [role="alert"]', { timeout: 30_000 });
    expect(await s.page.textContent('[role="alert"]')).toMatch(/Lifestyle\.pdf.*damaged/);
  }, 60_000);

  it('a missing file: a clear message naming it, and the catalog still works', async () => {
    const id = pdfDocument(db, 'The_Basics.pdf')!.id;
    await s.page.goto(`${server.url}#/pdf/${id}`);
    await ready();
    await s.page.waitForSelector('[data-pdf-state="error"] [role="alert"]', { timeout: 30_000 });
    expect(await s.page.textContent('[role="alert"]')).toMatch(/The_Basics\.pdf.*missing/);
    await s.page.click('a[href="#/surveys"]');
    await ready();
    expect(await s.page.locator('[data-testid="catalog"]').count()).toBeGreaterThan(0);
  }, 60_000);
});
