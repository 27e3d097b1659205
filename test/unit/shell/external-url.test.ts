import { describe, expect, it } from 'vitest';
import { EXTERNAL_HOSTS, isSafeExternalUrl } from '../../../electron/security/external-url';

describe('isSafeExternalUrl', () => {
  it.each([
    'https://databrowser.researchallofus.org/survey/lifestyle',
    'https://www.researchallofus.org/data-tools/survey-explorer/',
    'https://allofus.nih.gov/',
    'https://athena.ohdsi.org/search-terms/terms/1585710',
    'https://www.cdc.gov/nchs/nhis/index.htm',
    'https://www.healthmeasures.net/explore-measurement-systems/promis',
    'https://github.com/all-of-us/data-browser',
    'HTTPS://GITHUB.COM/all-of-us',
  ])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true);
  });

  it.each([
    ['plain http', 'http://www.cdc.gov/'],
    ['file', 'file:///etc/passwd'],
    ['javascript', 'javascript:alert(1)'],
    ['data', 'data:text/html,<h1>x</h1>'],
    ['smb share', 'smb://server/share'],
    ['custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['app scheme', 'app://app/index.html'],
    ['unknown host', 'https://evil.example/'],
    ['lookalike suffix', 'https://github.com.evil.example/'],
    ['subdomain not listed', 'https://gist.github.com/'],
    ['userinfo trick', 'https://github.com@evil.example/'],
    ['credentials', 'https://user:pw@github.com/'],
    ['a user name alone', 'https://user@github.com/'],
    ['a password alone', 'https://:pw@github.com/'],
    ['explicit port', 'https://github.com:8443/'],
    ['ip literal', 'https://140.82.112.3/'],
    ['leading space', ' https://github.com/'],
    ['newline', 'https://github.com/\nfoo'],
    ['tab', 'https://git\thub.com/'],
    ['backslash', 'https:\\\\github.com\\'],
    ['NUL', 'https://github.com/\u0000'],
    ['protocol-relative', '//github.com/'],
    ['no scheme', 'github.com'],
    ['empty', ''],
    ['too long', 'https://github.com/' + 'a'.repeat(3000)],
    ['unicode lookalike', 'https://gіthub.com/'],
  ])('refuses %s', (_why, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('accepts up to 2,048 characters, not one more', () => {
    const url = (n: number) => 'https://github.com/' + 'a'.repeat(n - 'https://github.com/'.length);
    expect(isSafeExternalUrl(url(2048))).toBe(true);
    expect(isSafeExternalUrl(url(2049))).toBe(false);
  });

  it('refuses non-strings', () => {
    for (const v of [undefined, null, 1, {}, ['https://github.com/'], new URL('https://github.com/')]) {
      expect(isSafeExternalUrl(v)).toBe(false);
    }
  });

  it('lists only https-able bare host names', () => {
    for (const h of EXTERNAL_HOSTS) expect(h).toMatch(/^[a-z0-9.-]+\.[a-z]+$/);
  });

  it('takes the host list as a parameter', () => {
    expect(isSafeExternalUrl('https://example.org/', ['example.org'])).toBe(true);
    expect(isSafeExternalUrl('https://github.com/', ['example.org'])).toBe(false);
  });
});
