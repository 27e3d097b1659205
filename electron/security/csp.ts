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

/** Headers sent with every response of the app:// protocol and the browser mode. */
export function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}
