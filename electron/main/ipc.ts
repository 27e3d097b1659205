// Registers every IPC handler behind the sender guard: only the app's own top frame
// (app://app) may call. ipcMain is a parameter, so the registration itself is tested.
import type { Handlers } from '../ipc/handlers';
import { registerHandlers, type IpcMainLike } from '../ipc/register';
import { APP_ORIGIN, isTrustedSender } from '../security/sender';

export function registerAppIpc(ipcMain: IpcMainLike, handlers: Handlers): string[] {
  return registerHandlers(ipcMain, handlers, (frame) => isTrustedSender(frame, [APP_ORIGIN]));
}
