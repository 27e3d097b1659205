// Sources browser and About the data, on the real database.
import { afterAll, describe, expect, it } from 'vitest';
import { aboutData } from '../../../electron/services/about';
import { instrumentDetail, listInstruments } from '../../../electron/services/instruments';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

describe('source instruments', () => {
  it('lists every instrument with the questions derived from it', () => {
    const list = listInstruments(db);
    expect(list.length).toBeGreaterThan(50);
    expect(list[0]!.questionCount).toBeGreaterThanOrEqual(list[1]!.questionCount);
    // Lifestyle.pdf's Sources section cites TUS-CPS for the smoking questions.
    const tus = list.find((i) => i.shortName === 'TUS-CPS')!;
    expect(tus.surveys).toContain('lifestyle');
    const d = instrumentDetail(db, tus.key)!;
    expect(d.questions.map((q) => q.code)).toContain('Smoking_SmokeFrequency');
    expect(d.questions.find((q) => q.code === 'Smoking_SmokeFrequency')!.originalText).toMatch(/every day, some days, or not at all/);
    expect(d.citations.some((c) => c.source.startsWith('pdf:'))).toBe(true);
    expect(instrumentDetail(db, 'no such instrument')).toBeNull();
  });
});

describe('about the data', () => {
  it('names every source with repository, commit, license and date, and the coverage', () => {
    const a = aboutData(db);
    expect(a.sources.length).toBeGreaterThan(200);
    for (const s of a.sources) expect(s.commit).toMatch(/^[0-9a-f]{40}$/);
    // SOURCES.md: data-browser HEAD c2266b62 is of 2026-08-17, BSD-3-Clause.
    const browser = a.sources.find((s) => s.id === 'data-browser:survey_metadata.csv')!;
    expect(browser).toMatchObject({ repo: 'all-of-us/data-browser', date: '2026-08-17', license: 'BSD-3-Clause' });
    expect(a.codebookAsOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(a.coverage).toHaveProperty('withSpanish');
  });
});
