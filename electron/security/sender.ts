// Is an IPC message from the app's own page? Only the top frame of a page served from the app's
// origin may call the main process; sub-frames and any other origin are refused.
export interface SenderFrameInfo {
  /** The URL of the frame that sent the message (event.senderFrame.url). */
  url: string | undefined | null;
  /** true only for the top frame (event.senderFrame === event.sender.mainFrame, parent null). */
  isTopFrame: boolean;
}

/** The app's own origin: pages are served from app://app/. */
export const APP_ORIGIN = 'app://app';

export function originOf(url: string | undefined | null): string | null {
  if (typeof url !== 'string' || url === '') return null;
  try {
    const u = new URL(url);
    // URL.origin is "null" for non-special schemes like app:, so build it from its parts.
    if (u.username || u.password) return null;
    return `${u.protocol}//${u.host}`;
  } catch {
    return null;
  }
}

export function isTrustedSender(frame: SenderFrameInfo | null | undefined, trustedOrigins: readonly string[] = [APP_ORIGIN]): boolean {
  if (!frame || frame.isTopFrame !== true) return false;
  const origin = originOf(frame.url);
  return origin !== null && trustedOrigins.includes(origin);
}
