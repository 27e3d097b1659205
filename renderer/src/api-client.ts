// The browser mode's client (the same named methods as the preload, over fetch) and the one
// place results are unwrapped into values or an ApiError. Pure: runs under Node in the tests.
import type { Api } from '../../electron/contract/api-types';
import { API_PREFIX, TOKEN_HEADER, TOKEN_PARAM } from '../../electron/contract/browser-endpoint';
import type { IpcError, IpcResult } from '../../electron/contract/channels';
import { buildApi } from '../../electron/contract/build-api';

export class ApiError extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
  }
}

export function browserModeToken(location: Pick<Location, 'search'>, storage: Pick<Storage, 'getItem' | 'setItem'>): string {
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

