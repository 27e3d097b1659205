// The renderer's one door to the data: window.api from the preload in Electron, otherwise the
// browser mode's endpoint with the token from the page URL. Results are unwrapped here, so
// features call `await api.listSurveys()`-style functions and catch one error type.
import type { Api } from '../../electron/contract/api-types';
import { API_PREFIX, TOKEN_HEADER, TOKEN_PARAM } from '../../electron/contract/browser-endpoint';
import type { IpcError, IpcResult } from '../../electron/contract/channels';
import { buildApi } from '../../electron/contract/build-api';

export class ApiError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
  }
}

export function browserModeToken(location: Pick<Location, 'search'> = window.location, storage: Storage = window.sessionStorage): string {
  const token = new URLSearchParams(location.search).get(TOKEN_PARAM);
  if (token) storage.setItem(TOKEN_PARAM, token);
  return token ?? storage.getItem(TOKEN_PARAM) ?? '';
}

export function browserApi(token: string, fetchImpl: typeof fetch = (...a) => fetch(...a)): Api {
  return buildApi(async (channel, arg) => {
    const res = await fetchImpl(API_PREFIX + channel, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(arg === undefined ? {} : { arg }),
    });
    if (!res.ok) return { ok: false, error: { code: 'failed', message: `the browser mode answered HTTP ${res.status}` } };
    return res.json();
  });
}

export async function unwrap<T>(result: Promise<IpcResult<T>>): Promise<T> {
  const r = await result;
  if (!r.ok) throw new ApiError(r.error);
  return r.value;
}

export const api: Api = window.api ?? browserApi(browserModeToken());
export const isBrowserMode = !window.api;

/** Where an instrument PDF is served from (app://app/pdfs/... or the browser mode's /pdfs/...). */
export const pdfUrl = (file: string) => `pdfs/${encodeURIComponent(file)}`;
