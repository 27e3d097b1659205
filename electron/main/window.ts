// The one main window: hardened options, remembered bounds, shown when ready.
import { BrowserWindow, screen } from 'electron';
import { windowOptions } from '../security/window-options';
import { loadWindowState, restorableBounds, saveWindowState } from '../shell/window-state';

export function createMainWindow(o: { preloadPath: string; stateFile: string; devTools: boolean; url: string }): BrowserWindow {
  const saved = loadWindowState(o.stateFile);
  const bounds = restorableBounds(saved, screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow(windowOptions({ preloadPath: o.preloadPath, bounds, devTools: o.devTools }));
  if (saved?.maximized) win.maximize();
  if (saved?.fullScreen) win.setFullScreen(true);
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    try {
      saveWindowState(o.stateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized(), fullScreen: win.isFullScreen() });
    } catch {
      // Remembering the size is a convenience; never block closing the window on it.
    }
  });
  void win.loadURL(o.url);
  return win;
}
