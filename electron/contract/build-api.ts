// Builds the named methods of window.api from the method table. The transport is a parameter:
// ipcRenderer.invoke inside the preload (never exposed itself), fetch in the browser mode.
import type { Api, Invoke } from './api-types';
import { MENU_COMMANDS, METHOD_CHANNELS, type MenuCommand } from './methods';

export type MenuSubscribe = (listener: (command: MenuCommand) => void) => () => void;

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}

export function buildApi(invoke: Invoke, onMenuCommand: MenuSubscribe = () => () => {}): Api {
  const api: Record<string, unknown> = {};
  for (const [method, channel] of Object.entries(METHOD_CHANNELS)) {
    // A fresh closure per method; arguments past the first are dropped on purpose.
    api[method] = (arg?: unknown) => invoke(channel, arg);
  }
  api.onMenuCommand = onMenuCommand;
  return api as Api;
}
