// The Content-Security-Policy of every page the app serves: only its own origin, no eval, no
// plugins, no framing, no form posts. The same string goes in the HTTP header and (minus the
// directives a <meta> tag ignores) in index.html.
const DIRECTIVES: [string, string][] = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['frame-src', "'self'"],
  ['media-src', "'none'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

/** Directives that browsers ignore when delivered in a <meta> element. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

export function contentSecurityPolicy(options: { forMeta?: boolean } = {}): string {
  return DIRECTIVES.filter(([name]) => !(options.forMeta && HEADER_ONLY.has(name)))
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

/**
 * Headers sent with every response of the app:// protocol and the browser mode. No
 * Cross-Origin-Opener-Policy: it guards a window against cross-origin windows that open it or
 * that it opens, and the app has neither (Electron: new windows and navigation away are refused;
 * the browser mode's tab is opened from the terminal, and its API asks for the token), while a
 * COOP other than unsafe-none makes every new window's first load change browsing context group:
 * Chromium throws away the renderer it started beside the request and starts another once the
 * response is in (a one-line page's first paint in a new tab: 104 ms without it, 244 ms with it;
 * docs/speed.md).
 */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
