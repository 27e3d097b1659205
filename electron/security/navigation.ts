// Navigation: the window only ever shows the app's own pages (app://app/...). Links elsewhere
// are refused; external https links go through isSafeExternalUrl and the system browser.
import { APP_ORIGIN, originOf } from './sender';

export function isAllowedNavigation(url: unknown, appOrigin: string = APP_ORIGIN): boolean {
  if (typeof url !== 'string') return false;
  return originOf(url) === appOrigin;
}

/** New windows are never opened by the app; window.open and target=_blank are denied. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}
