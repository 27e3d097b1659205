import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { routeAppPath } from '../../../electron/shell/app-routes';
import { checkoutPaths, packagedPaths, PDF_SUBDIR, pdfDirFor } from '../../../electron/shell/data-paths';
import { menuTemplate, type MenuItemSpec } from '../../../electron/shell/menu-template';
import { isVisibleOnSomeDisplay, loadWindowState, restorableBounds, saveWindowState } from '../../../electron/shell/window-state';

const tmp = mkdtempSync(join(tmpdir(), 'made-up-shell-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('window state', () => {
  const file = join(tmp, 'user-data', 'window-state.json');
  const state = { bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: false, fullScreen: false };

  it('round-trips through an atomic write that leaves no temporary file', () => {
    saveWindowState(file, state);
    expect(loadWindowState(file)).toEqual(state);
    expect(readdirSync(join(tmp, 'user-data'))).toEqual(['window-state.json']);
  });

  it('ignores missing, corrupt and out-of-range files', () => {
    expect(loadWindowState(join(tmp, 'nope.json'))).toBeNull();
    writeFileSync(join(tmp, 'made-up-corrupt.json'), '{"bounds":');
    expect(loadWindowState(join(tmp, 'made-up-corrupt.json'))).toBeNull();
    writeFileSync(join(tmp, 'made-up-huge.json'), JSON.stringify({ bounds: { x: 0, y: 0, width: 1e9, height: 10 } }));
    expect(loadWindowState(join(tmp, 'made-up-huge.json'))).toBeNull();
  });

  it('keeps the position only if the window is still on a screen', () => {
    const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    expect(isVisibleOnSomeDisplay(state.bounds, screen)).toBe(true);
    expect(isVisibleOnSomeDisplay({ x: 3000, y: 20, width: 800, height: 600 }, screen)).toBe(false);
    expect(restorableBounds({ ...state, bounds: { x: 3000, y: 20, width: 800, height: 600 } }, screen)).toEqual({ width: 800, height: 600 });
    expect(restorableBounds(state, screen)).toEqual(state.bounds);
    expect(restorableBounds(null, screen)).toBeUndefined();
  });
});

describe('menu template', () => {
  const flat = (items: MenuItemSpec[]): MenuItemSpec[] => items.flatMap((i) => [i, ...flat(i.submenu ?? [])]);
  const sent: string[] = [];
  const linux = menuTemplate({ platform: 'linux', appName: 'PPI Explorer', send: (c) => sent.push(c), devTools: false });

  it('has File, Edit, View, Go and Help', () => {
    expect(linux.map((m) => m.label?.replace('&', ''))).toEqual(['File', 'Edit', 'View', 'Go', 'Help']);
  });

  it('has zoom and full screen, and search on Ctrl/Cmd+K', () => {
    const roles = flat(linux).map((i) => i.role);
    for (const r of ['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']) expect(roles).toContain(r);
    const search = flat(linux).find((i) => i.accelerator === 'CmdOrCtrl+K')!;
    search.click!();
    flat(linux).find((i) => i.label === 'About the data')!.click!();
    expect(sent).toEqual(['search', 'about-data']);
  });

  it('adds the app and window menus on macOS and devtools only when asked', () => {
    const mac = menuTemplate({ platform: 'darwin', appName: 'PPI Explorer', send: () => {}, devTools: true });
    expect(mac.map((m) => m.label)).toEqual(['PPI Explorer', 'File', 'Edit', 'View', 'Go', 'Window', 'Help']);
    expect(flat(mac).map((i) => i.role)).toContain('toggleDevTools');
    expect(flat(linux).map((i) => i.role)).not.toContain('toggleDevTools');
  });

  it('uses no accelerator twice', () => {
    const acc = flat(linux).map((i) => i.accelerator).filter(Boolean);
    expect(new Set(acc).size).toBe(acc.length);
  });
});

describe('data paths and routes', () => {
  it('finds the PDFs in a sources folder and lets PPI_PDF_DIR override', () => {
    const sources = join(tmp, 'made-up-sources');
    mkdirSync(join(sources, PDF_SUBDIR), { recursive: true });
    expect(pdfDirFor(join(tmp, 'project'), { PPI_SOURCES_DIR: sources })).toBe(join(sources, PDF_SUBDIR));
    expect(pdfDirFor(join(tmp, 'project'), { PPI_PDF_DIR: '/x/pdfs' })).toBe('/x/pdfs');
    expect(pdfDirFor(join(tmp, 'project'), {})).toBeNull();
  });

  it('uses build/ in a checkout and the resources folder when packaged', () => {
    expect(checkoutPaths('/p', {})).toMatchObject({ db: '/p/build/codebooks.sqlite', renderer: '/p/out/renderer' });
    expect(checkoutPaths('/p', { PPI_DB_PATH: '/d/x.sqlite' }).db).toBe('/d/x.sqlite');
    expect(packagedPaths('/r', '/r/app.asar')).toEqual({ db: '/r/codebooks.sqlite', renderer: '/r/app.asar/out/renderer', pdfs: '/r/pdfs' });
  });

  it('routes /pdfs/ to the PDF folder and the rest to the renderer', () => {
    const roots = { renderer: '/r', pdfs: '/p' };
    expect(routeAppPath('/', roots)).toEqual({ root: '/r', path: '/index.html' });
    expect(routeAppPath('/assets/a.js', roots)).toEqual({ root: '/r', path: '/assets/a.js' });
    expect(routeAppPath('/pdfs/Lifestyle.pdf', roots)).toEqual({ root: '/p', path: '/Lifestyle.pdf' });
    expect(routeAppPath('/pdfs/x.pdf', { renderer: '/r', pdfs: null }).root).toBeNull();
  });
});
