// "Did you mean" on the real database: misspelled words get the closest indexed words, and every
// suggestion finds something.
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { editDistance } from '../../../electron/services/search/edit-distance';
import { search } from '../../../electron/services/search/search';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());
const vocab = (term: string) => db.prepare('SELECT display FROM search_vocab WHERE term = ?').get(term) as { display: string } | undefined;

describe('suggestions', () => {
  it('"cigarete" suggests the indexed "cigarette" first, then "cigarettes"; asked literally, it finds nothing', () => {
    // "cigarette" is indexed from the printed wording of Smoking_DailySmokeStartingAge ("regular cigarette smoking").
    expect(vocab('cigarette')).toBeDefined();
    expect(vocab('cigarettes')).toBeDefined();
    const r = search(db, 'cigarete', { literal: true });
    expect(r.hits).toEqual([]);
    expect(r.corrected).toBeNull();
    expect(r.suggestions.slice(0, 2)).toEqual(['cigarette', 'cigarettes']);
  });

  it('corrects Spanish words, keeping their accents, and several words at once', () => {
    expect(vocab('cigarrillos')).toBeDefined(); // lifestyle.json (api-payloads): "100 cigarrillos en toda su vida"
    expect(search(db, 'cigarilos').suggestions).toContain('cigarrillos');
    expect(vocab('medico')?.display).toBe('médico');
    expect(search(db, 'medicoo').suggestions).toContain('médico');
    expect(search(db, 'cigarete smokng').suggestions[0]).toBe('cigarette smoking');
  });

  it('every suggestion finds something, and a query with hits gets none', () => {
    for (const q of ['cigarete', 'insurence', 'diabetis', 'alchohol', 'ejercicoi']) {
      const r = search(db, q, { literal: true });
      for (const s of r.suggestions) expect(search(db, s).hits.length, `${q} → ${s}`).toBeGreaterThan(0);
    }
    expect(search(db, 'alchohol', { literal: true }).suggestions).toContain('alcohol');
    expect(search(db, 'smoke').suggestions).toEqual([]);
    expect(search(db, 'zzzzqqqxx').suggestions).toEqual([]);
  });

  it('measures edit distance with adjacent swaps costing one', () => {
    expect(editDistance('cigarete', 'cigarette')).toBe(1);
    expect(editDistance('ejercicoi', 'ejercicio')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3); // early exit: more than max
  });

  it('with a max, computes only the band around the diagonal and still agrees with the whole table', () => {
    // The whole optimal-string-alignment table, written plainly as the reference.
    const full = (a: string, b: string) => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
        }
      }
      return d[a.length]![b.length]!;
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 12 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(Math.min(full(a, b), max + 1));
        expect(editDistance(a, b)).toBe(full(a, b));
      }),
      { numRuns: 2000 },
    );
  });
});
