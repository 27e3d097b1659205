// Ranking on the real database. Expected values come from the source files named beside them
// (../shared/codebooks-raw), or are read from the database first where the test says so.
import { afterAll, describe, expect, it } from 'vitest';
import { search } from '../../../electron/services/search/search';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());
const tiers = { 'concept-id': 3, code: 2, 'code-prefix': 1, text: 0 } as const;

describe('search ranking', () => {
  it('puts the exact concept ID first: PPI, module and standard value concepts', () => {
    // data-browser question_concept.csv: 1585860,"Do you now smoke cigarettes every day, ...","Smoking_SmokeFrequency"
    const q = search(db, '1585860');
    expect(q.hits[0]).toMatchObject({ code: 'Smoking_SmokeFrequency', conceptId: 1585860, match: 'concept-id', kind: 'question' });
    // data-browser survey_module.csv: 1585855,"Lifestyle"
    expect(search(db, '1585855').hits[0]).toMatchObject({ kind: 'module', conceptId: 1585855, match: 'concept-id' });
    // workbench ppi_criteria.csv: "Every day" of question 1585860 has standard value concept 45881677
    const std = search(db, '45881677');
    expect(std.hits[0]!.match).toBe('concept-id');
    expect(std.hits.map((h) => h.code)).toContain('SmokeFrequency_EveryDay');
  });

  it('puts an exact code first in any letter case, then code prefixes, then text', () => {
    for (const q of ['smoking_smokefrequency', 'SMOKING_SMOKEFREQUENCY', 'Smoking_SmokeFrequency']) {
      expect(search(db, q).hits[0]).toMatchObject({ code: 'Smoking_SmokeFrequency', match: 'code' });
    }
    const r = search(db, 'smoking_smoke');
    expect(r.hits[0]!.match).toBe('code-prefix');
    expect(r.hits.filter((h) => h.match === 'code-prefix').every((h) => h.code!.toLowerCase().startsWith('smoking_smoke'))).toBe(true);
    const order = r.hits.map((h) => tiers[h.match]);
    expect(order).toEqual([...order].sort((a, b) => b - a));
  });

  it('finds the Spanish question by a Spanish word, and by a prefix as typed', () => {
    // api-payloads lifestyle.json: "¿Ha fumado usted al menos 100 cigarrillos en toda su vida? ..."
    for (const q of ['cigarrillos', 'cigarr']) {
      const hit = search(db, q).hits.find((h) => h.code === 'Smoking_100CigsLifetime');
      expect(hit, q).toBeDefined();
      expect(hit!.text.es).toMatch(/cigarrillos en toda su vida/);
      expect(hit!.snippet).toContain('<mark>cigarrillos</mark>');
    }
  });

  it('ignores accents: "dias" finds "días"', () => {
    // api-payloads overall_health.json: "En los últimos 7 días, ¿Con qué frecuencia le han afectado problemas emocionales ..."
    const r = search(db, 'dias emocionales');
    expect(r.hits[0]!.code).toBe('OverallHealth_EmotionalProblem7Days');
    expect(r.hits[0]!.snippet).toContain('<mark>días</mark>');
    expect(search(db, 'DÍAS emocionales').hits[0]!.code).toBe('OverallHealth_EmotionalProblem7Days');
  });

  it('keeps quoted phrases together and ranks question wording above answer labels', () => {
    const phrase = search(db, '"every day"', { lang: 'en' });
    expect(phrase.hits.length).toBeGreaterThan(5);
    for (const h of phrase.hits) expect(h.snippet.toLowerCase()).toContain('<mark>every day</mark>');
    // The question whose own wording says "every day" comes before the many "Every day" answers.
    expect(phrase.hits[0]).toMatchObject({ code: 'Smoking_SmokeFrequency', kind: 'question' });
    expect(phrase.hits.some((h) => h.kind === 'answer' && h.code === 'SmokeFrequency_EveryDay')).toBe(true);
    // Words in another order match unquoted, not as a phrase ("do you smoke ... now").
    expect(search(db, '"smoke now you"').hits).toEqual([]);
    expect(search(db, 'smoke now you').hits.length).toBeGreaterThan(0);
  });

  it('returns both languages, the survey and a safe snippet', () => {
    const h = search(db, 'cigarrillos').hits.find((x) => x.code === 'Smoking_100CigsLifetime')!;
    expect(h.text.en).toMatch(/100 cigarettes/);
    expect(h.survey?.slug).toBe('lifestyle');
    // Wording with "&" and with HTML in it comes back escaped (items' text_en in the database:
    // TexasSitePairing_BaylorScott "Baylor Scott & White ...", phq9_9_pop_up '<a href="sms:741741">').
    const amp = search(db, 'Baylor Scott White').hits.find((x) => x.code === 'TexasSitePairing_BaylorScott')!;
    expect(amp.text.en).toContain('Scott & White');
    expect(amp.snippet).toContain('<mark>Baylor Scott</mark> &amp; <mark>White</mark>');
    const html = search(db, 'crisis text line 741741').hits.find((x) => x.code === 'phq9_9_pop_up')!;
    expect(html.snippet).not.toMatch(/<a\b/);
    expect(html.snippet).toContain('&lt;/a&gt;');
  });
});

describe('search filters', () => {
  const inModule = (code: string | null, slug: string) =>
    db.prepare(`SELECT 1 FROM items i JOIN modules m ON m.slug = ? WHERE i.code = ? AND (i.module_id = m.id OR EXISTS
      (SELECT 1 FROM item_modules im WHERE im.item_id = i.id AND im.module_id = m.id))`).get(slug, code) !== undefined;

  it('by survey (slug or module concept ID), kind and language', () => {
    const bySlug = search(db, 'smoke', { survey: 'lifestyle', kind: 'question' });
    expect(bySlug.hits.length).toBeGreaterThan(3);
    for (const h of bySlug.hits) expect(h.kind === 'question' && inModule(h.code, 'lifestyle'), h.code ?? '').toBe(true);
    // survey_module.csv: 1585855 is Lifestyle, so its concept ID filters the same.
    const byId = search(db, 'smoke', { survey: '1585855', kind: 'question' });
    expect(byId.hits.map((h) => h.code)).toEqual(bySlug.hits.map((h) => h.code));
    const es = search(db, 'cigarrillos', { lang: 'es' });
    expect(es.hits.length).toBeGreaterThan(0);
    expect(search(db, 'cigarettes', { lang: 'es' }).hits.filter((h) => h.match === 'text')).toEqual([]);
    expect(search(db, 'smoke', { survey: 'no-such-survey' }).hits).toEqual([]);
  });

  it('by source instrument (key or short name)', () => {
    // Lifestyle.pdf footnotes Smoking_SmokeFrequency to TUS-CPS (see codebook-db/real-db.test.ts).
    const r = search(db, 'smoke', { instrument: 'tus-cps' });
    expect(r.hits.map((h) => h.code)).toContain('Smoking_SmokeFrequency');
    const cited = db.prepare(`SELECT 1 FROM items i JOIN question_sources s ON s.item_id = i.id JOIN instruments n ON n.id = s.instrument_id
      WHERE i.code = ? AND lower(n.short_name) = 'tus-cps'`);
    for (const h of r.hits) expect(cited.get(h.code), h.code ?? '').toBeDefined();
    expect(search(db, 'smoke', { instrument: 'no-such-instrument' }).hits).toEqual([]);
  });
});
