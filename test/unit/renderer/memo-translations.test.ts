// The memo in front of i18next's t() answers exactly as i18next does, in both interface languages,
// and forgets when the language or the strings change. Real i18next over the real locale files.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import i18next, { type i18n as I18n } from 'i18next';
import { describe, expect, it } from 'vitest';
import { memoizeTranslations, translationKey } from '../../../renderer/src/app/memo-translations';

const LOCALES = resolve(import.meta.dirname, '../../../locales');
const resources = Object.fromEntries(
  ['en', 'es'].map((l) => [l, Object.fromEntries(readdirSync(join(LOCALES, l)).map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(join(LOCALES, l, f), 'utf8'))]))]),
);

async function instance(lng: string): Promise<I18n> {
  const i = i18next.createInstance();
  await i.init({ lng, fallbackLng: 'en', ns: Object.keys(resources.en!), defaultNS: 'common', resources, interpolation: { escapeValue: false }, initAsync: false, showSupportNotice: false });
  return i;
}

// Calls as the catalog makes them (plurals with a formatted count, interpolation, a nested key).
const CALLS: [string, object?][] = [
  ['title', { ns: 'catalog' }],
  ['groups.minute', { ns: 'catalog' }],
  ['versionQuestions', { ns: 'catalog', count: 1, formatted: '1' }],
  ['versionQuestions', { ns: 'catalog', count: 1234, formatted: '1,234' }],
  ['count', { ns: 'catalog', count: 84, total: 84 }],
  ['questions', { ns: 'releases', count: 83, formatted: '83' }],
  ['copy.labelWhat', { what: 'Module code', value: 'TheBasics' }],
  ['app.loading'],
  ['no.such.key', { defaultValue: '' }],
];

describe('memoizeTranslations', () => {
  for (const lng of ['en', 'es']) {
    it(`${lng}: the same answers as i18next, asked twice`, async () => {
      const plain = await instance(lng);
      const memo = await instance(lng);
      memoizeTranslations(memo);
      const want: unknown[] = CALLS.map(([k, o]) => plain.t(k, o as never));
      expect(want.filter((w) => typeof w === 'string' && w.length > 0).length).toBe(CALLS.length - 1);
      for (let round = 0; round < 2; round++) expect(CALLS.map(([k, o]) => memo.t(k, o as never))).toEqual(want);
      const fixed = memo.getFixedT(null, 'catalog');
      expect(fixed('pages', { count: 2, formatted: '2' })).toBe(plain.getFixedT(null, 'catalog')('pages', { count: 2, formatted: '2' }));
    });
  }

  it('answers in the new language after a change, and the new strings after they are added', async () => {
    const memo = await instance('en');
    memoizeTranslations(memo);
    const title = () => memo.t('title', { ns: 'catalog' });
    expect(title()).toBe(resources.en!.catalog.title);
    await memo.changeLanguage('es');
    expect(title()).toBe(resources.es!.catalog.title);
    memo.addResourceBundle('es', 'catalog', { title: 'made-up title' }, true, true);
    expect(title()).toBe('made-up title');
  });

  it('passes through calls whose arguments are not plain values', () => {
    expect(translationKey('en', ['title', { ns: 'catalog' }])).not.toBeNull();
    expect(translationKey('en', [['a', 'b']])).not.toBeNull();
    expect(translationKey('en', ['title', { returnObjects: true }])).toBeNull();
    expect(translationKey('en', ['title', { replace: { a: 1 } }])).toBeNull();
    expect(translationKey('en', ['title', { postProcess: () => 'x' }])).toBeNull();
    expect(translationKey('en', [() => 'title'])).toBeNull();
    expect(translationKey('en', ['x'])).not.toBe(translationKey('es', ['x']));
  });
});
