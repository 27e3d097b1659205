// A small typed fake of ipcMain: records handlers and lets a test call them with a made-up event.
import type { IpcEventLike, IpcMainLike } from '../../../electron/ipc/register';

type Listener = (event: IpcEventLike, ...args: unknown[]) => unknown;

export class FakeIpcMain implements IpcMainLike {
  readonly listeners = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    if (this.listeners.has(channel)) throw new Error(`second handler for ${channel}`);
    this.listeners.set(channel, listener);
  }

  async invoke(channel: string, event: IpcEventLike, ...args: unknown[]): Promise<unknown> {
    const listener = this.listeners.get(channel);
    if (!listener) throw new Error(`No handler registered for '${channel}'`);
    return listener(event, ...args);
  }
}

export const topFrameEvent = (url = 'app://app/index.html'): IpcEventLike => ({ senderFrame: { url, parent: null } });
export const subFrameEvent = (url = 'app://app/index.html'): IpcEventLike => ({ senderFrame: { url, parent: { url } } });
