// The ranking rules of issue 16 on the real database: a question above its own answers, an
// answer hit naming its question and survey, stems in English and Spanish with exact words
// first, and the automatic correction of a misspelling. Wordings quoted here are read from the
// database and come from data-browser survey_metadata.csv and api-payloads lifestyle.json.
import { afterAll, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../electron/contract/models';
import { search } from '../../../electron/services/search/search';
import { JUDGED } from '../../../bench/relevance/judgements';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());
const codes = (hits: SearchHit[]) => hits.map((h) => h.code);
const text = (code: string) => db.prepare('SELECT text_en AS en, text_es AS es FROM items WHERE code = ?').get(code) as { en: string; es: string };
/** The question of an answer as the options table lists it (the answer's own question). */
const questionsOf = (answer: string) =>
  (db.prepare(`SELECT q.code FROM options o JOIN items a ON a.id = o.answer_id JOIN items q ON q.id = o.question_id WHERE a.code = ?`).all(answer) as { code: string }[]).map((r) => r.code);

describe('a question above its own answers', () => {
  it('"chiropractor": the questions, then the answers whose codes start with the word', () => {
    const hits = search(db, 'chiropractor', { limit: 20 }).hits;
    expect(text('HealthAdvice_SpokenToChiropractor').en).toMatch(/chiropractor/);
    expect(hits[0]!.code).toBe('HealthAdvice_SpokenToChiropractor');
    const firstAnswer = hits.findIndex((h) => h.kind === 'answer');
    expect(hits.slice(0, firstAnswer).map((h) => h.code)).toContain('HealthAdvice_ChiropractorVisits');
    expect(hits.filter((h) => h.code?.startsWith('ChiropractorVisits_')).length).toBeGreaterThan(3);
  });

  it('"smokefrequency": the question whose code ends so, before its three answers', () => {
    const hits = search(db, 'smokefrequency').hits;
    expect(hits[0]).toMatchObject({ code: 'Smoking_SmokeFrequency', kind: 'question' });
    for (const a of ['SmokeFrequency_EveryDay', 'SmokeFrequency_SomeDays', 'SmokeFrequency_NotAtAll']) {
      expect(questionsOf(a)).toContain('Smoking_SmokeFrequency');
      expect(codes(hits)).toContain(a);
    }
  });

  it('holds for every query of the relevance set: an answer never comes before its question for the same match', () => {
    for (const { q } of JUDGED) {
      const hits = search(db, q).hits;
      hits.forEach((h, i) => {
        if (h.kind !== 'answer' || !h.question?.code) return;
        const qi = hits.findIndex((x) => x.code === h.question!.code && x.kind === 'question');
        if (qi >= 0 && hits[qi]!.score === h.score) expect(qi, `${q}: ${h.code} before ${h.question.code}`).toBeLessThan(i);
      });
    }
  });
});

describe('an answer hit names its question and survey', () => {
  it('"every day": each answer with its question, as the options table pairs them', () => {
    const answers = search(db, '"every day"', { lang: 'en' }).hits.filter((h) => h.kind === 'answer');
    expect(answers.length).toBeGreaterThan(3);
    for (const a of answers) {
      expect(a.question?.code, a.code ?? '').toBeTruthy();
      if (a.code) expect(questionsOf(a.code)).toContain(a.question!.code);
      expect(a.survey?.slug).toBeTruthy();
    }
    const every = answers.find((a) => a.code === 'SmokeFrequency_EveryDay')!;
    expect(every.question).toMatchObject({ code: 'Smoking_SmokeFrequency', text: text('Smoking_SmokeFrequency') });
    expect(every.survey?.slug).toBe('lifestyle');
  });
});

describe('stems, English and Spanish', () => {
  it('"smoke" finds "smoked" and "smoking"; exact words first', () => {
    const hits = search(db, 'smoke', { lang: 'en', limit: 100 }).hits;
    expect(text('Smoking_NumberOfYears').en).toMatch(/\bsmoked\b/);
    expect(text('Smoking_NumberOfYears').en).not.toMatch(/\bsmoke\b/i);
    expect(codes(hits)).toContain('Smoking_NumberOfYears');
    const exact = (h: SearchHit) => /<mark>smoke<\/mark>/i.test(h.snippet);
    const firstStem = hits.findIndex((h) => h.match === 'text' && !exact(h) && /<mark>smok(ed|ing|es)<\/mark>/i.test(h.snippet));
    expect(firstStem).toBeGreaterThan(5);
    // Every text hit before the first found by its stem alone has the word itself in its wording
    // (code prefixes, "SmokeFrequency_…", may come between: they rank with wording matches).
    expect(hits.slice(0, firstStem).filter((h) => h.match === 'text').every(exact)).toBe(true);
    expect(hits[firstStem]!.score).toBeLessThan(hits[0]!.score);
    expect(search(db, 'smoking').hits.length).toBeGreaterThan(30);
  });

  it('"fumar" finds "fuma", "fumó" and "fumado", marked in the Spanish wording', () => {
    expect(text('Smoking_SmokeFrequency').es).toMatch(/\bfuma\b/);
    expect(text('CigarSmoking_CigarSmokeParticipant').es).toContain(' fumó ');
    const hits = search(db, 'fumar', { limit: 100 }).hits;
    expect(text('Smoking_100CigsLifetime').es).toContain(' fumado ');
    for (const c of ['Smoking_SmokeFrequency', 'CigarSmoking_CigarSmokeParticipant', 'Smoking_100CigsLifetime']) expect(codes(hits), c).toContain(c);
    expect(hits.find((h) => h.code === 'Smoking_SmokeFrequency')!.snippet).toContain('<mark>fuma</mark>');
    // Exact "fumar" first: its questions say "dejar de fumar".
    expect(hits[0]!.snippet.toLowerCase()).toContain('<mark>fumar</mark>');
    expect(codes(search(db, 'fumado', { lang: 'es', limit: 100 }).hits)).toContain('Smoking_SmokeFrequency');
  });
});

describe('automatic correction', () => {
  it('"cigarete" shows the results for "cigarettes" at once, and the literal query on demand', () => {
    const r = search(db, 'cigarete');
    expect(r.corrected).toBe('cigarettes');
    expect(codes(r.hits)).toContain('Smoking_100CigsLifetime');
    expect(r.hits[0]!.snippet).toContain('<mark>cigarettes</mark>');
    const literal = search(db, 'cigarete', { literal: true });
    expect(literal).toMatchObject({ hits: [], corrected: null });
    expect(literal.suggestions[0]).toBe('cigarettes');
  });

  it('corrects Spanish too, and never a query that finds something or has no clear correction', () => {
    const es = search(db, 'cigarrilos');
    expect(es.corrected).toBe('cigarrillos');
    expect(codes(es.hits)).toContain('Smoking_100CigsLifetime');
    expect(search(db, 'cigarettes').corrected).toBeNull();
    expect(search(db, 'zzzzqqqxx')).toMatchObject({ hits: [], corrected: null, suggestions: [] });
  });
});
