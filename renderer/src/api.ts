// The renderer's one door to the data: window.api from the preload in Electron, otherwise the
// browser mode's endpoint with the token from the page URL.
import type { Api } from '../../electron/contract/api-types';
import { browserApi, browserModeToken } from './api-client';

export { ApiError, unwrap } from './api-client';

export const isBrowserMode = !window.api;
export const api: Api = window.api ?? browserApi(browserModeToken(window.location, window.sessionStorage));

/** Where an instrument PDF is served from (app://app/pdfs/... or the browser mode's /pdfs/...). */
