// A payload "translation" that is its English left as it was is no Spanish: family_history.json
// gives each relative's "Celiac disease" the Spanish "Celiac disease" (the Spanish PDFs print
// "Enfermedad celiaca"). A wording both languages share ("Hepatitis A") keeps its Spanish. Read
// here from the payload JSON, not by the importers.
import { afterAll, describe, expect, it } from 'vitest';
import { entries, jsonFile } from '../../facts/raw';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

/** Payload options whose Spanish translation equals their English, by code. */
async function sameInBoth(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = (o: unknown): void => {
    if (Array.isArray(o)) return o.forEach(walk);
    if (!o || typeof o !== 'object') return;
    const r = o as Record<string, any>;
    for (const opt of Array.isArray(r.option) ? r.option : []) {
      const es = opt._display?.extension?.find((e: any) => e.url.endsWith('/translation'))?.extension?.find((e: any) => e.url === 'content')?.valueString;
      if (opt.code && es && es.trim() === String(opt.display).trim()) out.set(opt.code, es.trim());
    }
    Object.values(r).forEach(walk);
  };
  for (const e of entries((e) => e.format === 'fhir-questionnaire')) walk(await jsonFile(e.id));
  return out;
}

const spanishOf = (code: string) => db.prepare('SELECT text_es FROM items WHERE code = ?').pluck().get(code) as string | null;

describe('Spanish left in English', () => {
  it('the six "Celiac disease" answers carry no Spanish that is their English; "Hepatitis A" keeps its own', async () => {
    const same = await sameInBoth();
    const celiac = [...same].filter(([code]) => /DigestiveCondition_CeliacDisease$/.test(code));
    expect(celiac).toHaveLength(6);
    for (const [code, es] of celiac) expect(spanishOf(code), code).not.toBe(es);
    const hepatitis = [...same].find(([, es]) => es === 'Hepatitis A')!;
    expect(spanishOf(hepatitis[0])).toBe('Hepatitis A');
  });
});
