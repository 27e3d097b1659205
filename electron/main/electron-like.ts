// The parts of Electron's objects that the main process's wiring touches, as small interfaces:
// index.ts passes the real app, session, webContents, protocol and ipcMain; tests pass typed fakes
// (test/unit/shell/fake-electron.ts), so each guard is checked where it is wired. The checks at
// the end make the compiler prove Electron's own types still fit these, so fakes cannot drift.
import type { App, Protocol, Session, Shell, WebContents } from 'electron';

export interface PreventableLike {
  preventDefault(): void;
}

export type PermissionRequestHandler = (webContents: WebContents, permission: string, callback: (granted: boolean) => void, details: unknown) => void;
export type PermissionCheckHandler = (webContents: WebContents | null, permission: string, requestingOrigin: string, details: unknown) => boolean;

export interface SessionLike {
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void;
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void;
}

export interface FrameNavigationLike extends PreventableLike {
  url: string;
  isMainFrame: boolean;
}

export interface WebContentsLike {
  readonly session: SessionLike;
  on(event: 'will-navigate' | 'will-redirect', listener: (event: PreventableLike, url: string) => void): unknown;
  on(event: 'will-frame-navigate', listener: (details: FrameNavigationLike) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableLike) => void): unknown;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
}

export interface AppLike {
  on(event: 'web-contents-created', listener: (event: unknown, contents: WebContentsLike) => void): unknown;
  on(event: 'session-created', listener: (session: SessionLike) => void): unknown;
}

export interface ProtocolLike {
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]): void;
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void;
}

export interface ShellLike {
  readonly openExternal: (url: string) => Promise<void>;
}

// Compile-time proof that the real objects satisfy the interfaces the wiring (and the fakes) use.
type Fits<Real extends Like, Like> = Real;
export type ElectronFits = [Fits<Session, SessionLike>, Fits<WebContents, WebContentsLike>, Fits<App, AppLike>, Fits<Protocol, ProtocolLike>, Fits<Shell, ShellLike>];
