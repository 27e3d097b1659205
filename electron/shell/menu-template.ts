// The native menu as plain data (File, Edit, View, Go, Help), so it is tested under Node; the
// main process hands it to Menu.buildFromTemplate. Commands reach the renderer as MenuCommands.
import type { MenuCommand } from '../contract/methods';

export interface MenuItemSpec {
  label?: string;
  role?: string;
  type?: 'separator';
  accelerator?: string;
  submenu?: MenuItemSpec[];
  click?: () => void;
}

export interface MenuInput {
  platform: NodeJS.Platform;
  appName: string;
  send: (command: MenuCommand) => void;
  devTools: boolean;
}

const sep: MenuItemSpec = { type: 'separator' };

export function menuTemplate({ platform, appName, send, devTools }: MenuInput): MenuItemSpec[] {
  const mac = platform === 'darwin';
  const view: MenuItemSpec[] = [
    { role: 'resetZoom', accelerator: 'CmdOrCtrl+0' },
    { role: 'zoomIn', accelerator: 'CmdOrCtrl+=' },
    { role: 'zoomOut', accelerator: 'CmdOrCtrl+-' },
    sep,
    { role: 'togglefullscreen', accelerator: mac ? 'Ctrl+Cmd+F' : 'F11' },
  ];
  if (devTools) view.push(sep, { role: 'reload' }, { role: 'toggleDevTools' });
  return [
    ...(mac ? [{ label: appName, role: 'appMenu' }] : []),
    { label: mac ? 'File' : '&File', submenu: [mac ? { role: 'close' } : { role: 'quit', accelerator: 'Ctrl+Q' }] },
    { label: mac ? 'Edit' : '&Edit', role: 'editMenu' },
    { label: mac ? 'View' : '&View', submenu: view },
    {
      label: mac ? 'Go' : '&Go',
      submenu: [
        { label: 'Surveys', accelerator: 'CmdOrCtrl+1', click: () => send('catalog') },
        { label: 'Search…', accelerator: 'CmdOrCtrl+K', click: () => send('search') },
      ],
    },
    ...(mac ? [{ label: 'Window', role: 'windowMenu' }] : []),
    { label: mac ? 'Help' : '&Help', role: 'help', submenu: [{ label: 'About the data', click: () => send('about-data') }] },
  ];
}
