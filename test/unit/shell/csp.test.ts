import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../../../electron/security/csp';
import { permissionDecision } from '../../../electron/security/permissions';

const parse = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0]!, d.split(' ').slice(1).join(' ')]));

// The whole policy: any change to it is a security decision, made here too.
const META_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "worker-src 'self'; frame-src 'self'; media-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

describe('contentSecurityPolicy', () => {
  it('is exactly the policy above, in the header and (without frame-ancestors) in the meta tag', () => {
    expect(contentSecurityPolicy()).toBe(`${META_POLICY}; frame-ancestors 'none'`);
    expect(contentSecurityPolicy({ forMeta: false })).toBe(contentSecurityPolicy());
    expect(contentSecurityPolicy({ forMeta: true })).toBe(META_POLICY);
  });

  it('allows only the app itself', () => {
    const csp = parse(contentSecurityPolicy());
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
    expect(securityHeaders()).toEqual({
      'Content-Security-Policy': contentSecurityPolicy(),
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cross-Origin-Resource-Policy': 'same-origin',
    });
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
