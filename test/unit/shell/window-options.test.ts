import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../electron/security/window-options';

const opened = () => windowOptions({ preloadPath: '/app/out/preload/index.cjs' });

describe('windowOptions', () => {
  it('sets every hardening switch explicitly, and nothing else', () => {
    const o = opened();
    expect(o.webPreferences).toStrictEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      enableBlinkFeatures: '',
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: false,
    });
    const { webPreferences: _, ...window } = o;
    expect(window).toStrictEqual({ width: 1280, height: 860, minWidth: 720, minHeight: 480, show: false, title: 'PPI Explorer' });
  });

  it('never sets options that would loosen the page', () => {
    const keys = Object.keys(opened().webPreferences);
    for (const k of ['nodeIntegrationInSubFrames', 'webSecurity', 'contextIsolation']) expect(keys).toContain(k);
    expect(keys).not.toContain('additionalArguments');
    expect(keys).not.toContain('disableBlinkFeatures');
  });

  it('restores remembered bounds and shows the window only when ready', () => {
    const r = windowOptions({ preloadPath: 'p', bounds: { x: 10, y: 20, width: 900, height: 700 } });
    expect(r).toMatchObject({ x: 10, y: 20, width: 900, height: 700, show: false });
    expect(windowOptions({ preloadPath: 'p', bounds: { width: 800, height: 600 } })).not.toHaveProperty('x');
    // a position needs both coordinates; a size alone keeps the default place
    const half = windowOptions({ preloadPath: 'p', bounds: { x: 10, width: 800, height: 600 } });
    expect(half).toMatchObject({ width: 800, height: 600 });
    expect(half).not.toHaveProperty('x');
    expect(half).not.toHaveProperty('y');
    expect(windowOptions({ preloadPath: 'p', bounds: { y: 10, width: 800, height: 600 } })).not.toHaveProperty('y');
  });

  it('allows devtools only when asked (unpackaged runs)', () => {
    expect(windowOptions({ preloadPath: 'p', devTools: true }).webPreferences.devTools).toBe(true);
  });
});
