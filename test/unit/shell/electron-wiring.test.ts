// The Electron glue under test (issue 14, defect 8): hardening.ts, protocol.ts and the IPC
// registration run against typed fakes of app, session, webContents, protocol, shell and ipcMain,
// so every checklist item is checked where it is wired, not only in its pure helper.
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHANNELS } from '../../../electron/contract/methods';
import { guardContents, hardenApp } from '../../../electron/main/hardening';
import { registerAppIpc } from '../../../electron/main/ipc';
import { handleAppProtocol, registerAppScheme } from '../../../electron/main/protocol';
import { FakeIpcMain, subFrameEvent, topFrameEvent } from './fake-ipc';
import { FakeApp, FakeProtocol, FakeSession, FakeShell, FakeWebContents } from './fake-electron';
import { madeUpAppDir } from './made-up-app';
import { openShellDb } from './shell-db';

const PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb', 'unknown'];

function hardened() {
  const app = new FakeApp();
  const defaultSession = new FakeSession();
  const shell = new FakeShell();
  hardenApp(app, defaultSession, shell);
  return { app, defaultSession, shell };
}

describe('hardenApp: permissions on every session', () => {
  it('denies every permission request and check on the default session, a later session and a web contents\' own session', () => {
    const { app, defaultSession } = hardened();
    const later = app.createSession();
    const partitioned = app.createWebContents(new FakeSession()).session;
    for (const session of [defaultSession, later, partitioned]) {
      for (const p of PERMISSIONS) {
        expect(session.request(p), p).toBe(false);
        expect(session.check(p), p).toBe(false);
      }
    }
  });
});

describe('hardenApp: every web contents guarded', () => {
  it('refuses navigation and redirects away from the app, allows the app itself', () => {
    const wc = hardened().app.createWebContents();
    for (const kind of ['will-navigate', 'will-redirect'] as const) {
      expect(wc.navigate(kind, 'app://app/index.html#/item/1585860')).toBe(true);
      for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://evil/', 'javascript:alert(1)', 'http://127.0.0.1:8080/']) expect(wc.navigate(kind, url), `${kind} ${url}`).toBe(false);
    }
  });

  it('refuses a sub-frame navigating away (will-frame-navigate), in main and sub-frames', () => {
    const wc = hardened().app.createWebContents();
    expect(wc.count('will-frame-navigate')).toBe(1);
    expect(wc.frameNavigate('app://app/index.html', false)).toBe(true);
    for (const isMainFrame of [false, true]) {
      expect(wc.frameNavigate('https://evil.example/frame', isMainFrame)).toBe(false);
      expect(wc.frameNavigate('data:text/html,<script>1</script>', isMainFrame)).toBe(false);
    }
  });

  it('refuses <webview> and new windows; opens only safe https links in the system browser', () => {
    const { app, shell } = hardened();
    const wc = app.createWebContents();
    expect(wc.attachWebview()).toBe(false);
    for (const url of ['https://databrowser.researchallofus.org/survey/lifestyle', 'https://evil.example/', 'http://databrowser.researchallofus.org/', 'javascript:alert(1)', 'file:///etc/passwd']) {
      expect(wc.openWindow(url), url).toEqual({ action: 'deny' });
    }
    expect(shell.opened).toEqual(['https://databrowser.researchallofus.org/survey/lifestyle']);
  });

  it('guards a web contents created before the app hook too (guardContents alone)', () => {
    const wc = new FakeWebContents();
    guardContents(wc, new FakeShell());
    expect(wc.navigate('will-navigate', 'https://evil.example/')).toBe(false);
    expect(wc.session.request('media')).toBe(false);
  });
});

describe('the app:// protocol as registered', () => {
  let dir: string;
  const protocol = new FakeProtocol();
  beforeAll(() => {
    const app = madeUpAppDir();
    dir = app.dir;
    registerAppScheme(protocol);
    handleAppProtocol(protocol, { renderer: app.renderer, pdfs: app.pdfs });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is privileged as a standard, secure scheme', () => {
    expect(protocol.privileged).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
  });

  it('serves the app and the PDFs with the CSP on every response', async () => {
    const index = await protocol.fetch('app://app/index.html');
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toContain('text/html');
    expect(index.headers.get('content-security-policy')).toMatch(/default-src 'self'.*object-src 'none'/);
    expect([index.headers.get('x-content-type-options'), index.headers.get('cross-origin-opener-policy')]).toEqual(['nosniff', null]);
    expect(await index.text()).toContain('made-up');
    const pdf = await protocol.fetch('app://app/pdfs/made-up.pdf');
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
  });

  it.each([
    ['app://app/../secret.txt', 404],
    ['app://app/%2e%2e/secret.txt', 404],
    ['app://app/pdfs/..%2f..%2fsecret.txt', 404],
    ['app://other/index.html', 404],
    ['app://app/missing.js', 404],
  ])('refuses %s (%i), still with the CSP', async (url, status) => {
    const r = await protocol.fetch(url);
    expect(r.status).toBe(status);
    expect(r.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('answers only GET and HEAD', async () => {
    expect((await protocol.fetch('app://app/index.html', { method: 'POST', body: 'x' })).status).toBe(405);
  });
});

describe('IPC as registered by the main process', () => {
  const { db, handlers } = openShellDb();
  afterAll(() => db.close());
  const ipc = new FakeIpcMain();
  const registered = registerAppIpc(ipc, handlers);

  it('registers every channel of the contract, each behind the sender guard', async () => {
    expect([...registered].sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      for (const event of [subFrameEvent(), topFrameEvent('https://evil.example/'), topFrameEvent('file:///index.html'), { senderFrame: null }, {}]) {
        expect(await ipc.invoke(channel, event), `${channel} from ${JSON.stringify(event)}`).toMatchObject({ ok: false, error: { code: 'untrusted-sender' } });
      }
    }
    expect(await ipc.invoke('surveys:list', topFrameEvent())).toMatchObject({ ok: true });
  });
});
