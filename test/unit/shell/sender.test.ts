import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, isTrustedSender, originOf } from '../../../electron/security/sender';

const top = (url: unknown) => ({ url: url as string, isTopFrame: true });

describe('isTrustedSender', () => {
  it('accepts the top frame of the app page', () => {
    expect(isTrustedSender(top('app://app/index.html'))).toBe(true);
    expect(isTrustedSender(top('app://app/'))).toBe(true);
    expect(isTrustedSender(top('app://app/index.html?x=1#/surveys'))).toBe(true);
  });

  it('refuses a sub-frame even on the app origin', () => {
    expect(isTrustedSender({ url: 'app://app/index.html', isTopFrame: false })).toBe(false);
  });

  it.each([
    'app://evil/index.html',
    'app://app.evil/index.html',
    'app://appx/',
    'apps://app/',
    'app://user:pass@app/',
    'app://app:8080/',
    'https://app/',
    'http://app/',
    'file:///index.html',
    'file://app/index.html',
    'https://databrowser.researchallofus.org/',
    'http://localhost:5173/',
    'http://127.0.0.1:5173/',
    'about:blank',
    'data:text/html,<script>1</script>',
    'javascript:alert(1)',
    'devtools://devtools/bundled/inspector.html',
    'chrome-extension://abc/',
    '',
    'not a url',
  ])('refuses %s', (url) => {
    expect(isTrustedSender(top(url))).toBe(false);
  });

  it('refuses missing frames and URLs', () => {
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
    expect(isTrustedSender(top(undefined))).toBe(false);
    expect(isTrustedSender(top(null))).toBe(false);
    expect(isTrustedSender({ url: 'app://app/', isTopFrame: 'yes' as unknown as boolean })).toBe(false);
  });

  it('trusts a development origin only when it is named', () => {
    const dev = top('http://localhost:5173/');
    expect(isTrustedSender(dev)).toBe(false);
    expect(isTrustedSender(dev, [APP_ORIGIN, 'http://localhost:5173'])).toBe(true);
    expect(isTrustedSender(top('http://localhost:5174/'), [APP_ORIGIN, 'http://localhost:5173'])).toBe(false);
  });

  it('originOf keeps the port and fails closed on an upper-case custom host', () => {
    expect(originOf('APP://app/x')).toBe('app://app');
    expect(isTrustedSender(top('app://APP/x'))).toBe(false);
    expect(originOf('http://127.0.0.1:81/a')).toBe('http://127.0.0.1:81');
    expect(originOf('::')).toBeNull();
  });

  it('originOf refuses a URL with a user name or a password, even alone', () => {
    expect(originOf('app://user@app/')).toBeNull();
    expect(originOf('app://:secret@app/')).toBeNull();
    expect(originOf('app://app/')).toBe(APP_ORIGIN);
  });
});
