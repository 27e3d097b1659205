// Who may call the browser mode's endpoint: a request addressed to 127.0.0.1:<port> (defeats DNS
// rebinding: a hostile name resolving to 127.0.0.1 still sends its own Host), from the same
// origin if the browser says, carrying the per-run token.
import { randomBytes, timingSafeEqual } from 'node:crypto';

export { TOKEN_HEADER } from '../contract/browser-endpoint';

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}`;
}

/** Origin is absent on same-origin GETs from some browsers; when present it must be ours. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || origin === `http://127.0.0.1:${port}`;
}

/** Compares bytes, not characters: a header of non-ASCII bytes has as many characters as the token
 *  but more bytes, and timingSafeEqual throws on buffers of different lengths. */
export function tokenMatches(given: unknown, expected: string): boolean {
  if (typeof given !== 'string') return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}
