// The one wrapper every handler goes through: channel on the allowlist, trusted sender,
// argument validated by the contract, result as { ok, value } | { ok, error }, never a throw.
import { CONTRACT, isChannel, type IpcError, type IpcResult } from '../contract/channels';
import type { Channel } from '../contract/methods';
import type { SenderFrameInfo } from '../security/sender';
import type { Handlers } from './handlers';

/** The part of Electron's ipcMain the wrapper uses; tests pass a small typed fake. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcEventLike, ...args: unknown[]) => unknown): void;
}
export interface IpcEventLike {
  /** Electron: WebFrameMain | null; parent is null only for the top frame. */
  senderFrame?: { url?: string; parent?: unknown } | null;
}

export type SenderGuard = (frame: SenderFrameInfo) => boolean;

const fail = (code: IpcError['code'], message: string): IpcResult<never> => ({ ok: false, error: { code, message } });

/** Runs one call through validation and the handler; shared by IPC and the browser mode. */
export function dispatch(handlers: Handlers, channel: unknown, arg: unknown): IpcResult<unknown> {
  if (!isChannel(channel)) return fail('bad-channel', `unknown channel ${JSON.stringify(String(channel)).slice(0, 80)}`);
  const parsed = CONTRACT[channel].arg.safeParse(arg);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    return fail('bad-argument', `${channel}: invalid argument${where}: ${issue?.message ?? 'rejected'}`);
  }
  try {
    const handler = handlers[channel] as (a: unknown) => unknown;
    return { ok: true, value: handler(parsed.data) };
  } catch (e) {
    return fail('failed', `${channel}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/** dispatch, then awaits a handler that answers with a promise (exports, the save dialog). */
export async function dispatchAsync(handlers: Handlers, channel: unknown, arg: unknown): Promise<IpcResult<unknown>> {
  const r = dispatch(handlers, channel, arg);
  if (!r.ok || !(r.value instanceof Promise)) return r;
  try {
    return { ok: true, value: await r.value };
  } catch (e) {
    return fail('failed', `${String(channel)}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export function senderFrameInfo(event: IpcEventLike | null | undefined): SenderFrameInfo {
  const frame = event?.senderFrame;
  // A missing parent field is not proof of a top frame: only an explicit null is.
  const isTopFrame = !!frame && frame.parent === null;
  return { url: frame?.url, isTopFrame };
}

export function registerHandlers(ipcMain: IpcMainLike, handlers: Handlers, guard: SenderGuard): Channel[] {
  const channels = Object.keys(CONTRACT) as Channel[];
  for (const channel of channels) {
    ipcMain.handle(channel, (event, ...args) => {
      if (!guard(senderFrameInfo(event))) return fail('untrusted-sender', `${channel}: refused a call from outside the app's own page`);
      if (args.length > 1) return fail('bad-argument', `${channel}: takes at most one argument`);
      return dispatchAsync(handlers, channel, args[0]);
    });
  }
  return channels;
}
