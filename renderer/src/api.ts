// The renderer's one door to the data: window.api from the preload in Electron, otherwise the
// browser mode's endpoint with the token from the page URL.
import type { Api } from '../../electron/contract/api-types';
import { browserApi, browserModeToken } from './api-client';

export { ApiError, unwrap } from './api-client';

export const isBrowserMode = !window.api;
// The page's first use of sessionStorage waits for the browser process (it hands the page its
// storage): when the URL carries the token, keeping it for later waits until the page is shown.
const session: Pick<Storage, 'getItem' | 'setItem'> = {
  getItem: (k) => window.sessionStorage.getItem(k),
  setItem: (k, v) => void setTimeout(() => window.sessionStorage.setItem(k, v), 1000),
};
export const api: Api = window.api ?? browserApi(browserModeToken(window.location, session));

/** Where an instrument PDF is served from (app://app/pdfs/... or the browser mode's /pdfs/...). */
