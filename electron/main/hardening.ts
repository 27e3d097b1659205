// Session- and app-wide guards: permissions denied on every session, navigation (main frame and
// sub-frames) and new windows denied, no <webview>, external links only through isSafeExternalUrl.
// Every decision is a pure function in ../security; this file only wires them to Electron's
// events, on objects passed in (the real ones from index.ts, typed fakes in the tests).
import { isSafeExternalUrl } from '../security/external-url';
import { isAllowedNavigation, windowOpenDecision } from '../security/navigation';
import { permissionDecision } from '../security/permissions';
import type { AppLike, SessionLike, ShellLike, WebContentsLike } from './electron-like';

/** shell.openExternal behind the URL check; the only caller of openExternal in the app. */
export function openExternalSafely(shell: ShellLike, url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

export function hardenSession(session: SessionLike): void {
  session.setPermissionRequestHandler((_wc, permission, callback) => callback(permissionDecision(permission)));
  session.setPermissionCheckHandler((_wc, permission, origin) => permissionDecision(permission, origin));
}

export function guardContents(contents: WebContentsLike, shell: ShellLike): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  // will-navigate does not fire for sub-frames; this does, for every frame.
  contents.on('will-frame-navigate', (details) => {
    if (!isAllowedNavigation(details.url)) details.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // A link with target=_blank to an allowed https site opens in the system browser.
    openExternalSafely(shell, url);
    return windowOpenDecision();
  });
  hardenSession(contents.session);
}

/** The default session now, any session created later, and every web contents as it appears. */
export function hardenApp(app: AppLike, defaultSession: SessionLike, shell: ShellLike): void {
  hardenSession(defaultSession);
  app.on('session-created', (session) => hardenSession(session));
  app.on('web-contents-created', (_event, contents) => guardContents(contents, shell));
}
