// Installs the native menu built from the pure template; commands go to the focused window.
import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { MENU_EVENT_CHANNEL, type MenuCommand } from '../contract/methods';
import { menuTemplate } from '../shell/menu-template';

export function installMenu(appName: string, devTools: boolean): void {
  const send = (command: MenuCommand) => {
    const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
    win?.webContents.send(MENU_EVENT_CHANNEL, command);
  };
  const template = menuTemplate({ platform: process.platform, appName, send, devTools });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template as MenuItemConstructorOptions[]));
}
