// The renderer's build keeps two of snowball-stemmers' stemmers (scripts/slim-snowball.ts). The
// slim file must stem as the package does, or a word typed in the search box would find other
// items in the renderer than in the service: checked on every word of the real codebook's
// questions, help texts and answers, in English and in Spanish, as written.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import snowball from 'snowball-stemmers';
import { afterAll, describe, expect, it } from 'vitest';
import { KEPT_STEMMERS, slimSnowball } from '../../../scripts/slim-snowball';
import { openRealDb } from '../../helpers/real-db';

const file = createRequire(import.meta.url).resolve('snowball-stemmers');
const full = readFileSync(file, 'utf8');
const slim = slimSnowball(full);

type Stemmers = { newStemmer(lang: string): { stem(word: string): string } };
function evaluate(source: string): Stemmers {
  const exports = {} as Stemmers;
  new Function('exports', 'define', source)(exports, undefined);
  return exports;
}

const db = openRealDb();
afterAll(() => db.close());

/** Every distinct word of the codebook's English or Spanish texts, lower-cased, accents kept. */
function words(lang: 'en' | 'es'): string[] {
  const rows = db.prepare(`SELECT text_${lang} AS t FROM items UNION ALL SELECT help_${lang} FROM items UNION ALL SELECT label_${lang} FROM options`).all() as { t: string | null }[];
  const seen = new Set<string>();
  for (const { t } of rows) for (const w of t?.toLowerCase().match(/[\p{L}\p{M}]+/gu) ?? []) seen.add(w);
  return [...seen];
}

describe('the slim snowball-stemmers', () => {
  it('keeps the stemmers search-stems.ts makes and drops the others', () => {
    expect(KEPT_STEMMERS).toEqual(['english', 'spanish']);
    // search-stems.ts makes its stemmers from the same names: a stemmer added there is kept here.
    expect(readFileSync(new URL('../../../codebooks/write/search-stems.ts', import.meta.url), 'utf8')).toMatch(/newStemmer\(STEMMER_NAMES\.en\), es: snowball\.newStemmer\(STEMMER_NAMES\.es\)/);
    expect(slim).toMatch(/var englishStemmer = function/);
    expect(slim).toMatch(/var spanishStemmer = function/);
    for (const gone of ['arabic', 'porter', 'french', 'turkish']) expect(slim).not.toMatch(new RegExp(`\\b${gone}Stemmer\\b`));
    expect(slim.length).toBeLessThan(full.length / 5);
    expect(() => evaluate(slim).newStemmer('french')).toThrow();
  });

  it.each([
    ['english', 'en'],
    ['spanish', 'es'],
  ] as const)('stems every %s word of the codebook as the package does', (name, lang) => {
    const mine = evaluate(slim).newStemmer(name);
    const theirs = snowball.newStemmer(name);
    const list = words(lang);
    expect(list.length).toBeGreaterThan(1500);
    const differ = list.filter((w) => mine.stem(w) !== theirs.stem(w));
    expect(differ).toEqual([]);
    // And it does stem (a slim file that returned words unchanged would pass the line above only
    // if the package did too).
    expect(list.filter((w) => mine.stem(w) !== w).length).toBeGreaterThan(list.length / 5);
  });

  it('names the file when its layout is not the one it knows', () => {
    expect(() => slimSnowball('var x = 1;\n', KEPT_STEMMERS, 'made-up/snowball.js')).toThrow(/made-up\/snowball\.js: not the layout/);
    const onlyEnglish = full.replace(/^ {4}var spanishStemmer = function/m, '    var spanishStemmerX = function');
    expect(() => slimSnowball(onlyEnglish)).toThrow(/not the layout/);
  });
});
