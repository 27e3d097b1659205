// F11: the Spanish interface has exactly the English files and keys (a missing or extra key fails).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LOCALES = resolve(import.meta.dirname, '../../../locales');

function keys(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}
const files = (lang: string) => readdirSync(join(LOCALES, lang)).filter((f) => f.endsWith('.json')).sort();
const read = (lang: string, file: string): unknown => JSON.parse(readFileSync(join(LOCALES, lang, file), 'utf8'));

describe('locales', () => {
  it('en and es have the same namespace files', () => {
    expect(files('es')).toEqual(files('en'));
    expect(files('en')).toContain('common.json');
  });

  for (const file of files('en')) {
    it(`${file}: same keys in en and es, none empty`, () => {
      const en = read('en', file);
      expect(keys(read('es', file)).sort()).toEqual(keys(en).sort());
      for (const lang of ['en', 'es']) {
        const empty = keys(read(lang, file)).filter((k) => {
          const v = k.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], read(lang, file));
          return typeof v !== 'string' || v.trim() === '';
        });
        expect(empty, `${lang}/${file}`).toEqual([]);
      }
    });
  }

  it('interpolations ({{name}}) match between the languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    for (const file of files('en')) {
      const en = read('en', file);
      const es = read('es', file);
      for (const k of keys(en)) {
        const get = (o: unknown) => k.split('.').reduce<unknown>((x, p) => (x as Record<string, unknown>)?.[p], o);
        const [a, b] = [get(en), get(es)];
        if (typeof a === 'string' && typeof b === 'string') expect(vars(b), `${file} ${k}`).toEqual(vars(a));
      }
    }
  });
});
