import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../electron/security/window-options';

describe('windowOptions', () => {
  const o = windowOptions({ preloadPath: '/app/out/preload/index.cjs' });

  it('sets every hardening switch explicitly', () => {
    expect(o.webPreferences).toMatchObject({
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
      devTools: false,
    });
    expect(o.webPreferences.preload).toBe('/app/out/preload/index.cjs');
  });

  it('never sets options that would loosen the page', () => {
    const keys = Object.keys(o.webPreferences);
    for (const k of ['nodeIntegrationInSubFrames', 'webSecurity', 'contextIsolation']) expect(keys).toContain(k);
    expect(keys).not.toContain('additionalArguments');
    expect(keys).not.toContain('disableBlinkFeatures');
  });

  it('restores remembered bounds and shows the window only when ready', () => {
    const r = windowOptions({ preloadPath: 'p', bounds: { x: 10, y: 20, width: 900, height: 700 } });
    expect(r).toMatchObject({ x: 10, y: 20, width: 900, height: 700, show: false });
    expect(windowOptions({ preloadPath: 'p', bounds: { width: 800, height: 600 } })).not.toHaveProperty('x');
  });

  it('allows devtools only when asked (unpackaged runs)', () => {
    expect(windowOptions({ preloadPath: 'p', devTools: true }).webPreferences.devTools).toBe(true);
  });
});
