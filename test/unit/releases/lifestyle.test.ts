// Lifestyle's releases on the real database: the 2017 edition (1585855.pdf, "Version: May 30,
// 2017" on its first page), the FHIR questionnaire (api-payloads lifestyle.json) and the current
// release (Lifestyle.pdf, the Data Browser, the allofus codebook and the REDCap codebook sample).
import { rebuild } from '../../../electron/contract/word-diff';
import { afterAll, describe, expect, it } from 'vitest';
import { surveyPresentation } from '../../../electron/services/presentation';
import { releaseDiff } from '../../../electron/services/releases/diff';
import { listReleases } from '../../../electron/services/releases/list';
import { choose, current, next, prepareWalk, startWalk } from '../../../renderer/src/features/trainer/walker';
import { openRealDb } from '../../helpers/real-db';
import { rawText } from './raw';

const db = openRealDb();
afterAll(() => db.close());

/** Question code → English text in a FHIR DSTU2 questionnaire of api-payloads. */
async function fhirTexts(file: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = (node: { question?: unknown[]; group?: unknown[] }) => {
    for (const q of (node.question ?? []) as { concept?: { code: string }[]; text?: string; group?: unknown[] }[]) {
      if (q.concept?.[0] && q.text) out.set(q.concept[0].code, q.text);
      for (const g of (q.group ?? []) as object[]) walk(g);
    }
    for (const g of (node.group ?? []) as object[]) walk(g);
  };
  walk(JSON.parse(await rawText(`api-payloads:${file}`)).group);
  return out;
}

/** Walks a presentation taking `pick(row)` (an answer index) at each screen; the rows asked. */
function walkAsked(survey: string, release: string | undefined, pick: (code: string | null, answers: { code: string | null }[]) => number) {
  const p = surveyPresentation(db, survey, release)!;
  const walk = prepareWalk(p.rows);
  let s = startWalk(walk);
  const asked: typeof p.rows = [];
  for (let steps = 0; !s.done && steps <= walk.rows.length; steps++) {
    const row = walk.rows[current(s)!]!;
    asked.push(row);
    if (row.answers.length) s = choose(walk, s, pick(row.code, row.answers));
    s = next(walk, s);
  }
  return { release: p, asked };
}

const yesToSmoking = (code: string | null, answers: { code: string | null }[]) =>
  code === 'Smoking_100CigsLifetime' ? Math.max(0, answers.findIndex((a) => /_Yes$/i.test(a.code ?? ''))) : 0;

describe('Lifestyle releases', () => {
  it('has a dated 2017 edition, its questionnaire and the current release', () => {
    const list = listReleases(db, 'LIFESTYLE')!;
    expect(list[0]).toMatchObject({ id: 'lifestyle-2017', label: '2017 edition', date: '2017-05-30', complete: false });
    expect(list[0]!.sources).toContainEqual(expect.objectContaining({ role: 'instrument-pdf', at: '1585855.pdf', language: 'en' }));
    expect(list.find((r) => r.sources.some((s) => s.source === 'api-payloads:lifestyle.json'))).toMatchObject({ complete: true, date: null });
    expect(list.at(-1)).toMatchObject({ id: 'lifestyle-current', label: 'current', current: true });
  });

  it('walks the current release on the Yes path of Smoking_100CigsLifetime without two forms of one item', async () => {
    const { release, asked } = walkAsked('lifestyle', undefined, yesToSmoking);
    expect(release.rows.length).toBeGreaterThan(10);
    const questions = asked.filter((r) => r.kind === 'question');
    expect(questions.map((r) => r.code)).toContain('Smoking_SmokeFrequency');
    const codes = questions.map((r) => (r.code ?? '').toLowerCase()).filter(Boolean);
    expect(new Set(codes).size).toBe(codes.length);
    const ids = questions.map((r) => r.conceptId).filter((c) => c !== null);
    expect(new Set(ids).size).toBe(ids.length);
    // The questionnaire's own forms of the smoking items (lifestyle.json) are not asked in the
    // current release: where the current sources reword an item, their wording is shown.
    const fhir = await fhirTexts('lifestyle.json');
    const old = ['Smoking_DailySmokeStartingAge', 'Smoking_NumberOfYears'].map((c) => fhir.get(c)!);
    expect(old.every(Boolean)).toBe(true);
    for (const text of old) expect(questions.map((r) => r.text.en)).not.toContain(text);
    // The same walk over the whole merged codebook would show them (the reason for releases).
    const questionnaire = listReleases(db, 'lifestyle')!.find((r) => r.sources.some((s) => s.source === 'api-payloads:lifestyle.json'))!;
    const merged = walkAsked('lifestyle', questionnaire.id, yesToSmoking).asked.map((r) => r.text.en);
    expect(merged).toContain(old[0]);
  });

  it('diffs the 2017 PDF edition with the current one: reworded items with a word diff', () => {
    const d = releaseDiff(db, 'lifestyle', '2017 EDITION', 'current')!;
    expect(d.from.id).toBe('lifestyle-2017');
    expect(d.reworded.length).toBeGreaterThan(0);
    const printed2017 = new Set((db.prepare(`SELECT p.text FROM printed_questions p JOIN documents d ON d.id = p.document_id WHERE d.file = '1585855.pdf'`).all() as { text: string }[]).map((r) => r.text));
    for (const r of d.reworded) {
      expect(r.words.some((w) => w.kind !== 'same')).toBe(true);
      expect(rebuild(r.words, 'before')).toBe(r.before);
      expect(rebuild(r.words, 'after')).toBe(r.after);
      if (r.lang === 'en') expect(printed2017.has(r.before)).toBe(true);
    }
    // The 2017 edition is partial (PDF links only): nothing is called removed or added on its word.
    expect(d.added).toEqual([]);
  });
});
