import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../../../electron/security/csp';
import { permissionDecision } from '../../../electron/security/permissions';

const parse = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1).join(' ')]));

describe('contentSecurityPolicy', () => {
  const csp = parse(contentSecurityPolicy());

  it('allows only the app itself', () => {
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('connect-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('form-action')).toBe("'none'");
  });

  it('has no unsafe source, wildcard or remote host anywhere', () => {
    const text = contentSecurityPolicy();
    expect(text).not.toMatch(/unsafe-(eval|inline|hashes)|wasm-unsafe-eval|\*|https?:|blob:|ws:/);
  });

  it('leaves out the directives a meta tag ignores', () => {
    const meta = parse(contentSecurityPolicy({ forMeta: true }));
    expect(meta.has('frame-ancestors')).toBe(false);
    expect(meta.get('default-src')).toBe("'self'");
  });

  it('goes out with the other security headers', () => {
    const h = securityHeaders();
    expect(h['Content-Security-Policy']).toBe(contentSecurityPolicy());
    expect(h['X-Content-Type-Options']).toBe('nosniff');
  });
});

describe('permissionDecision', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'unknown'])(
    'denies %s',
    (p) => {
      expect(permissionDecision(p, 'app://app')).toBe(false);
    },
  );
});
