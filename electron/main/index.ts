// The Electron main process: glue only. Everything it decides is a pure, tested function in
// ../security, ../shell or ../ipc.
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { createHandlers } from '../ipc/handlers';
import { APP_ORIGIN } from '../security/sender';
import { checkoutPaths, packagedPaths } from '../shell/data-paths';
import { openCodebook } from '../services/store';
import { electronNativeBinding } from './database';
import { hardenApp } from './hardening';
import { registerAppIpc } from './ipc';
import { installMenu } from './menu';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { createMainWindow } from './window';
import { saveFileWithDialog } from './save-file';
import { chooseImportWithDialog } from './choose-import';

const APP_NAME = 'PPI Explorer';
const projectRoot = app.getAppPath();
const paths = app.isPackaged ? packagedPaths(process.resourcesPath, app.getAppPath()) : checkoutPaths(projectRoot);
const devTools = !app.isPackaged;
let mainWindow: BrowserWindow | null = null;

// Tests give each run its own profile folder.
if (process.env.PPI_USER_DATA_DIR) app.setPath('userData', process.env.PPI_USER_DATA_DIR);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme(protocol);
  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(start);
}

function start(): void {
  hardenApp(app, session.defaultSession, shell);
  let db;
  const nativeBinding = app.isPackaged ? undefined : electronNativeBinding(projectRoot);
  try {
    db = openCodebook(paths.db, nativeBinding);
  } catch (e) {
    dialog.showErrorBox(APP_NAME, `The codebook database could not be opened.\n\n${(e as Error).message}`);
    app.exit(1);
    return;
  }
  app.on('quit', () => db.close());
  const userData = {
    userDataDir: app.getPath('userData'),
    saveFile: saveFileWithDialog(() => mainWindow),
    chooseImportPath: chooseImportWithDialog(() => mainWindow),
    ...(nativeBinding ? { nativeBinding } : {}),
  };
  registerAppIpc(ipcMain, createHandlers(db, { name: APP_NAME, version: app.getVersion(), mode: 'electron' }, userData));
  handleAppProtocol(protocol, paths);
  installMenu(APP_NAME, devTools);
  mainWindow = createMainWindow({
    preloadPath: join(import.meta.dirname, '..', 'preload', 'index.cjs'),
    stateFile: join(app.getPath('userData'), 'window-state.json'),
    devTools,
    url: `${APP_ORIGIN}/index.html`,
  });
  mainWindow.on('closed', () => (mainWindow = null));
}
