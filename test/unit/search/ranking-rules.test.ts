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

describe('the best of wording and code', () => {
  it('"exercise": the three questions whose codes say Exercise, though their wording does not, before answers labelled "exercise"', () => {
    const hits = search(db, 'exercise').hits;
    const questions = ['Snap_ExercisePreference', 'Snap_ExerciseMethod', 'Snap_ExerciseTime'];
    for (const c of questions) expect(text(c).en, c).not.toMatch(/exercis/i);
    expect(new Set(codes(hits.slice(0, 3)))).toEqual(new Set(questions));
    expect(hits.slice(3).some((h) => h.kind === 'answer' && /\bexercise\b/i.test(h.text.en ?? ''))).toBe(true);
  });

  it('"sexual orientation": the question coded TheBasics_SexualOrientation first, then its answers', () => {
    expect(text('TheBasics_SexualOrientation').en).not.toMatch(/sexual/i);
    const hits = search(db, 'sexual orientation').hits;
    expect(hits[0]!.code).toBe('TheBasics_SexualOrientation');
    expect(hits.slice(1, 7).every((h) => h.kind === 'answer' && h.code!.startsWith('SexualOrientation_'))).toBe(true);
    expect(hits.slice(1, 7).filter((h) => h.question?.code === 'TheBasics_SexualOrientation').length).toBeGreaterThan(3);
  });

  it('"smoking": questions coded Smoking_… (their wording may say "smoke") before the ones that only mention smoking', () => {
    // tsu_ds5_13_xx37 "Did your use include smoking heroin?": the exact word, in passing.
    expect(text('tsu_ds5_13_xx37').en).toMatch(/\bsmoking heroin\b/);
    expect(text('Smoking_SmokeFrequency').en).not.toMatch(/smoking/i);
    const hits = codes(search(db, 'smoking').hits);
    const passing = hits.indexOf('tsu_ds5_13_xx37');
    for (const c of ['Smoking_SmokeFrequency', 'Smoking_100CigsLifetime', 'Smoking_SeriousQuitAttempt']) expect(hits.indexOf(c), c).toBeLessThan(passing);
    expect(hits.slice(0, 8).every((c) => /smoking/i.test(c ?? ''))).toBe(true);
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
    expect(text('Smoking_100CigsLifetime').en).toMatch(/\bsmoked\b/);
    expect(text('Smoking_100CigsLifetime').en).not.toMatch(/\bsmoke\b/i);
    expect(codes(hits)).toContain('Smoking_100CigsLifetime');
    // The word itself, in the wording or among the code's words (cut at "_" and camel case).
    const wordsOfCode = (c: string | null) => (c ?? '').split(/_|(?=[A-Z][a-z])/).map((w) => w.toLowerCase());
    const exact = (h: SearchHit) => /\bsmoke\b/i.test(h.text.en ?? '') || wordsOfCode(h.code).includes('smoke') || h.code!.toLowerCase().startsWith('smoke');
    const firstStem = hits.findIndex((h) => h.score < 1000);
    expect(firstStem).toBeGreaterThan(5);
    expect(hits.slice(0, firstStem).every(exact)).toBe(true);
    // Found by a stem alone: "smoked", "smoking", "smokes" in the wording, never the word itself.
    const stems = hits.slice(firstStem).filter((h) => h.score === hits[firstStem]!.score);
    expect(stems.length).toBeGreaterThan(3);
    for (const h of stems) expect(h.text.en ?? '', h.code ?? '').not.toMatch(/\bsmoke\b/i);
    expect(stems.some((h) => /<mark>smok(ed|ing|es)<\/mark>/i.test(h.snippet))).toBe(true);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
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
  it('Spanish words name the topic of English codes, and find what is worded in English only', () => {
    // Learnt from the codebook's bilingual wordings (fumar/fuma beside smoke, vacuna beside vaccine).
    const en = (es: string) => db.prepare('SELECT en FROM search_translations WHERE es = ?').pluck().get(es);
    expect([en('fum'), en('vacun')]).toEqual(['smoke', 'vaccin']);
    const fuman = codes(search(db, 'fuman').hits.slice(0, 10));
    for (const c of ['Smoking_SmokeFrequency', 'Smoking_100CigsLifetime', 'smoking_currentdailycigarette']) expect(fuman, c).toContain(c);
    expect(fuman.indexOf('Smoking_SmokeFrequency')).toBeLessThan(codes(search(db, 'fuman').hits).indexOf('tsu_ds5_13_xx37'));
    const englishOnly = db.prepare(`SELECT code FROM items WHERE kind = 'question' AND text_es IS NULL AND text_en LIKE '%vaccine%' AND code IS NOT NULL`).pluck().all() as string[];
    expect(englishOnly.length).toBeGreaterThan(5);
    const vacuna = codes(search(db, 'vacuna', { limit: 200 }).hits);
    expect(englishOnly.filter((c) => vacuna.includes(c)).length).toBeGreaterThan(5);
  });
});

describe('automatic correction', () => {
  it('"cigarete" shows the results for "cigarette" at once, and the literal query on demand', () => {
    const r = search(db, 'cigarete');
    expect(r.corrected).toBe('cigarette');
    expect(codes(r.hits)).toContain('Smoking_100CigsLifetime');
    expect(codes(r.hits)).toContain('Smoking_DailySmokeStartingAge');
    expect(r.hits[0]!.snippet).toMatch(/<mark>cigarettes?<\/mark>/);
    const literal = search(db, 'cigarete', { literal: true });
    expect(literal).toMatchObject({ hits: [], corrected: null });
    expect(literal.suggestions[0]).toBe('cigarette');
  });

  it('corrects Spanish too, and never a query that finds something or has no clear correction', () => {
    const es = search(db, 'cigarrilos');
    expect(es.corrected).toBe('cigarrillos');
    expect(codes(es.hits)).toContain('Smoking_100CigsLifetime');
    expect(search(db, 'cigarettes').corrected).toBeNull();
    expect(search(db, 'zzzzqqqxx')).toMatchObject({ hits: [], corrected: null, suggestions: [] });
  });
});
