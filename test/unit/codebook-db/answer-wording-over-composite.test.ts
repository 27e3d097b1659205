// The Data Browser's PFHH table names an answer "<question> - <answer>" ("Including yourself, who in
// your family has had carpal tunnel syndrome? - Self"). Where the participant app's questionnaires
// word the same answer (by its code) as the instruments print it ("Carpal tunnel syndrome"), that
// wording is the answer's English, and its Spanish translation stays with it. Expected values are
// read here from the raw Data Browser table and the payload JSON, not by the importers.
import { afterAll, describe, expect, it } from 'vitest';
import { csvRows, entries, jsonFile } from '../../facts/raw';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

interface PayloadOption {
  en: string;
  es: string | undefined;
}

/** Every payload option by its code: English display and Spanish translation. */
async function payloadOptions(): Promise<Map<string, PayloadOption[]>> {
  const out = new Map<string, PayloadOption[]>();
  const walk = (o: unknown): void => {
    if (Array.isArray(o)) return o.forEach(walk);
    if (!o || typeof o !== 'object') return;
    const r = o as Record<string, any>;
    for (const opt of Array.isArray(r.option) ? r.option : []) {
      if (!opt.code || !opt.display) continue;
      const es = opt._display?.extension?.find((e: any) => e.url.endsWith('/translation'))?.extension?.find((e: any) => e.url === 'content')?.valueString;
      out.set(opt.code.toLowerCase(), [...(out.get(opt.code.toLowerCase()) ?? []), { en: opt.display.trim(), es: es?.trim() }]);
    }
    Object.values(r).forEach(walk);
  };
  for (const e of entries((e) => e.format === 'fhir-questionnaire')) walk(await jsonFile(e.id));
  return out;
}

const itemOf = db.prepare('SELECT code, text_en, text_es FROM items WHERE concept_id = ? AND kind = ?');

describe('an answer the instruments word keeps their wording over the Data Browser composite', () => {
  it('every composite-labelled PFHH answer a payload words by its code', async () => {
    const options = await payloadOptions();
    const composite = (await csvRows('data-browser:pfhh_qa_metadata.csv')).filter(({ v }) => v.answer!.includes('? - '));
    let checked = 0;
    for (const { row, v } of composite) {
      const items = itemOf.all(Number(v.answer_concept_id), 'answer') as { code: string | null; text_en: string; text_es: string | null }[];
      for (const it of items) {
        const worded = it.code ? options.get(it.code.toLowerCase()) : undefined;
        if (!worded) continue;
        checked++;
        expect(it.text_en, `row ${row} ${it.code}`).not.toBe(v.answer);
        expect(worded.map((w) => w.en), `row ${row} ${it.code}`).toContain(it.text_en);
        const es = worded.find((w) => w.en === it.text_en)?.es;
        // A "translation" that is the English left as it was ("Celiac disease") is dropped (spanish-guard.ts).
        if (es && es !== it.text_en) expect(it.text_es, `row ${row} ${it.code}`).toBe(es);
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('SkeletalMuscularConditions_CarpalTunnel: the payload English and Spanish, not "... - Self"', async () => {
    const option = (await payloadOptions()).get('skeletalmuscularconditions_carpaltunnel')!;
    const got = db.prepare('SELECT text_en, text_es FROM items WHERE code = ?').get('SkeletalMuscularConditions_CarpalTunnel');
    expect(got).toEqual({ text_en: option[0]!.en, text_es: option[0]!.es });
  });
});
