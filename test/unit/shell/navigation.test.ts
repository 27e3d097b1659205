import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, windowOpenDecision } from '../../../electron/security/navigation';

describe('isAllowedNavigation', () => {
  it.each(['app://app/', 'app://app/index.html', 'app://app/index.html#/item/1585710', 'APP://app/index.html'])('allows the app page %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(true);
  });

  it.each([
    'https://databrowser.researchallofus.org/',
    'http://app/',
    'app://evil/',
    'app://app.attacker.example/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,hi',
    'about:blank',
    'chrome://settings',
    '',
    'app:/app',
    '//app/',
  ])('refuses %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it('refuses non-strings', () => {
    expect(isAllowedNavigation(undefined)).toBe(false);
    expect(isAllowedNavigation(42)).toBe(false);
    expect(isAllowedNavigation({ toString: () => 'app://app/' })).toBe(false);
  });

  it('never opens new windows', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });
});
