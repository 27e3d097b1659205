// Typed fakes of the Electron objects the main process wires (as GitHub Desktop and Bruno test
// theirs): they implement the interfaces of electron/main/electron-like.ts, which the compiler
// checks against Electron's own types, and let a test fire the events a page would cause.
import type {
  AppLike,
  FrameNavigationLike,
  PermissionCheckHandler,
  PermissionRequestHandler,
  PreventableLike,
  ProtocolLike,
  SessionLike,
  ShellLike,
  WebContentsLike,
} from '../../../electron/main/electron-like';

type Listener = (...args: never[]) => void;

class Emitter {
  private readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  protected emit(event: string, ...args: unknown[]): number {
    const all = this.listeners.get(event) ?? [];
    for (const l of all) (l as (...a: unknown[]) => void)(...args);
    return all.length;
  }
  count(event: string): number {
    return this.listeners.get(event)?.length ?? 0;
  }
}

class FakeEvent implements PreventableLike {
  prevented = false;
  preventDefault(): void {
    this.prevented = true;
  }
}

export class FakeSession implements SessionLike {
  requestHandler: PermissionRequestHandler | null = null;
  checkHandler: PermissionCheckHandler | null = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler | null): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler | null): void {
    this.checkHandler = handler;
  }
  /** What a page asking for `permission` is answered; undefined: no handler (Electron grants). */
  request(permission: string): boolean | undefined {
    let granted: boolean | undefined;
    this.requestHandler?.(null as never, permission, (g) => (granted = g), {});
    return granted;
  }
  check(permission: string, origin = 'app://app'): boolean | undefined {
    return this.checkHandler?.(null, permission, origin, {});
  }
}

export class FakeWebContents extends Emitter implements WebContentsLike {
  readonly session: FakeSession;
  windowOpenHandler: ((details: { url: string }) => { action: 'deny' }) | null = null;
  constructor(session = new FakeSession()) {
    super();
    this.session = session;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  /** Fires will-navigate or will-redirect; true if the navigation may go ahead. */
  navigate(kind: 'will-navigate' | 'will-redirect', url: string): boolean {
    const e = new FakeEvent();
    this.emit(kind, e, url);
    return !e.prevented;
  }
  frameNavigate(url: string, isMainFrame: boolean): boolean {
    const details: FrameNavigationLike & FakeEvent = Object.assign(new FakeEvent(), { url, isMainFrame });
    this.emit('will-frame-navigate', details);
    return !details.prevented;
  }
  attachWebview(): boolean {
    const e = new FakeEvent();
    this.emit('will-attach-webview', e);
    return !e.prevented;
  }
  /** window.open / target=_blank; without a handler Electron would open a window. */
  openWindow(url: string): { action: string } {
    return this.windowOpenHandler?.({ url }) ?? { action: 'allow' };
  }
}

export class FakeApp extends Emitter implements AppLike {
  createSession(): FakeSession {
    const s = new FakeSession();
    this.emit('session-created', s);
    return s;
  }
  createWebContents(session?: FakeSession): FakeWebContents {
    const wc = new FakeWebContents(session);
    this.emit('web-contents-created', {}, wc);
    return wc;
  }
}

export class FakeProtocol implements ProtocolLike {
  readonly privileged: { scheme: string; privileges: Record<string, boolean> }[] = [];
  readonly handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  registerSchemesAsPrivileged(schemes: { scheme: string; privileges: Record<string, boolean> }[]): void {
    this.privileged.push(...schemes);
  }
  handle(scheme: string, handler: (request: Request) => Response | Promise<Response>): void {
    if (this.handlers.has(scheme)) throw new Error(`second handler for ${scheme}`);
    this.handlers.set(scheme, handler);
  }
  /** A request as Chromium would hand it to the handler. */
  async fetch(url: string, init?: RequestInit): Promise<Response> {
    const handler = this.handlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) throw new Error(`no handler for ${url}`);
    return handler(new Request(url, init));
  }
}

export class FakeShell implements ShellLike {
  readonly opened: string[] = [];
  async openExternal(url: string): Promise<void> {
    this.opened.push(url);
  }
}
