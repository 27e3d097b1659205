// Session- and app-wide guards: permissions denied, navigation and new windows denied, no
// <webview>, external links only through isSafeExternalUrl. Every decision is a pure function
// in ../security; this file only wires them to Electron's events.
import { app, session, shell, type WebContents } from 'electron';
import { isSafeExternalUrl } from '../security/external-url';
import { isAllowedNavigation, windowOpenDecision } from '../security/navigation';
import { permissionDecision } from '../security/permissions';

export function openExternalSafely(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

function guardContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAllowedNavigation(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // A link with target=_blank to an allowed https site opens in the system browser.
    openExternalSafely(url);
    return windowOpenDecision();
  });
}

export function hardenApp(): void {
  session.defaultSession.setPermissionRequestHandler((_wc, permission, callback) => callback(permissionDecision(permission)));
  session.defaultSession.setPermissionCheckHandler((_wc, permission, origin) => permissionDecision(permission, origin));
  app.on('web-contents-created', (_event, contents) => guardContents(contents));
}
