// The surface the renderer sees as window.api: named methods, each returning a result object
// (plain data, so it crosses contextBridge unchanged). No generic invoke, no ipcRenderer.
import type { ArgOf, IpcResult, ResultOf } from './channels';
import type { MenuCommand, MethodName } from './methods';
import { METHOD_CHANNELS } from './methods';

type ChannelOf<M extends MethodName> = (typeof METHOD_CHANNELS)[M];

export type ApiMethod<M extends MethodName> = undefined extends ArgOf<ChannelOf<M>>
  ? [ArgOf<ChannelOf<M>>] extends [undefined]
    ? () => Promise<IpcResult<ResultOf<ChannelOf<M>>>>
    : (arg?: ArgOf<ChannelOf<M>>) => Promise<IpcResult<ResultOf<ChannelOf<M>>>>
  : (arg: ArgOf<ChannelOf<M>>) => Promise<IpcResult<ResultOf<ChannelOf<M>>>>;

export type Api = { [M in MethodName]: ApiMethod<M> } & {
  /** Native menu commands (Electron only); returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** How a method reaches its channel: IPC in the preload, HTTP in the browser mode. */
export type Invoke = (channel: string, arg: unknown) => Promise<unknown>;
