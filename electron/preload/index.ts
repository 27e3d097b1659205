// The preload (sandboxed, one bundled CommonJS file): exposes window.api with named methods
// built from the contract. ipcRenderer itself and any generic invoke stay in here.
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi, isMenuCommand } from '../contract/build-api';
import { MENU_EVENT_CHANNEL, type MenuCommand } from '../contract/methods';

const onMenuCommand = (listener: (command: MenuCommand) => void) => {
  const wrapped = (_event: unknown, command: unknown) => {
    if (isMenuCommand(command)) listener(command);
  };
  ipcRenderer.on(MENU_EVENT_CHANNEL, wrapped);
  return () => void ipcRenderer.removeListener(MENU_EVENT_CHANNEL, wrapped);
};

contextBridge.exposeInMainWorld('api', buildApi((channel, arg) => ipcRenderer.invoke(channel, arg), onMenuCommand));
