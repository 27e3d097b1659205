// An entry field's prompt is not its question's wording. The participant app's questionnaires
// (api-payloads) give a number field the words beside its box ("enter age") where the wording
// goes; the published PDFs print the question. In the real database the question's English and
// Spanish are the ones the PDFs print, and the prompts stay as recorded disagreements. Expected
// values are read here from the payload JSON (this test's own walk) and the PDFs (pdftotext).
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

interface PayloadQuestion {
  type: string;
  text: string;
  es: string | undefined;
}

/** The payload's question carrying this concept code, with its Spanish translation extension. */
async function payloadQuestion(file: string, code: string): Promise<PayloadQuestion> {
  const found: PayloadQuestion[] = [];
  const walk = (o: unknown): void => {
    if (Array.isArray(o)) return o.forEach(walk);
    if (!o || typeof o !== 'object') return;
    const q = o as Record<string, any>;
    if ((q.concept ?? []).some((c: { code?: string }) => c.code === code)) {
      const es = q._text?.extension?.find((e: any) => e.url.endsWith('/translation'))?.extension?.find((e: any) => e.url === 'content')?.valueString;
      found.push({ type: q.type, text: q.text, es });
    }
    Object.values(q).forEach(walk);
  };
  walk(JSON.parse(readFileSync((await realSource(`api-payloads:${file}`)).path, 'utf8')));
  expect(found).toHaveLength(1);
  return found[0]!;
}

const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
/** A PDF's whole text, lines joined with spaces. */
async function pdfText(file: string): Promise<string> {
  return squash(pdfPages((await realSource(`pdf:${file}`)).path).flat().map((l) => l.text).join(' '));
}

const item = (code: string) => db.prepare('SELECT lower(code) AS subject, text_en, text_es FROM items WHERE code = ?').get(code) as { subject: string; text_en: string; text_es: string | null };
const conflictValues = (subject: string, field: string) => db.prepare('SELECT other FROM conflicts WHERE subject = ? AND field = ?').pluck().all(subject, field) as string[];

describe("an entry field's prompt is not the question's wording", () => {
  it.each([
    ['lifestyle.json', 'Smoking_DailySmokeStartingAge', '1585855.pdf', 'Lifestyle_Spanish.pdf'],
    ['lifestyle.json', 'Smoking_NumberOfYears', '1585855.pdf', 'Lifestyle_Spanish.pdf'],
    ['basics.json', 'LivingSituation_HowManyPeople', 'The_Basics.pdf', 'The_Basics_Spanish.pdf'],
    ['basics.json', 'LivingSituation_PeopleUnder18', 'The_Basics.pdf', 'The_Basics_Spanish.pdf'],
    ['basics.json', 'SocialSecurity_SocialSecurityNumber', '1586134.pdf', 'The_Basics_Spanish.pdf'],
  ])('%s %s: the wording the PDFs print, the prompt a recorded disagreement', async (payload, code, enPdf, esPdf) => {
    const prompt = await payloadQuestion(payload, code);
    expect(['decimal', 'string', 'text']).toContain(prompt.type);
    const got = item(code);
    expect(got.text_en).not.toBe(prompt.text);
    expect(await pdfText(enPdf)).toContain(squash(got.text_en));
    expect(got.text_en).toMatch(/[?.]$/);
    expect(got.text_es).not.toBe(prompt.es);
    expect(await pdfText(esPdf)).toContain(squash(got.text_es!));
    expect(conflictValues(got.subject, 'text.en')).toContain(prompt.text);
    expect(conflictValues(got.subject, 'text.es')).toContain(prompt.es);
  });

  it('a choice question keeps the payload wording (its text is the question, not a box)', async () => {
    const q = await payloadQuestion('lifestyle.json', 'Smoking_SmokeFrequency');
    expect(q.type).toBe('choice');
    expect(squash(item('Smoking_SmokeFrequency').text_en)).toBe(squash(q.text));
  });
});
