// The participant app's consent questionnaires give each consent video a number where a question's
// wording goes ("text": "415560809", and another number as its Spanish). A number is no wording:
// the question takes the codebook's name of it ("Data Sharing Video") and no Spanish, in the item
// and in every release; the numbers stay facts and recorded disagreements. Expected values are read
// here from the payload JSON and the codebook's CodeSystem (ppi.json), by this test's own walks.
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { realEntries, realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const wordless = (t: string) => !/\p{L}/u.test(t);

/** code → the numbers a payload gives as its text (English, Spanish), over every payload. */
async function numberedQuestions(): Promise<Map<string, { en: string; es: string | undefined; file: string }>> {
  const out = new Map<string, { en: string; es: string | undefined; file: string }>();
  for (const entry of realEntries('fhir-questionnaire')) {
    const walk = (o: unknown): void => {
      if (Array.isArray(o)) return o.forEach(walk);
      if (!o || typeof o !== 'object') return;
      const q = o as Record<string, any>;
      const code = q.concept?.[0]?.code as string | undefined;
      if (code && typeof q.text === 'string' && wordless(q.text)) {
        const es = q._text?.extension?.find((e: any) => e.url.endsWith('/translation'))?.extension?.find((e: any) => e.url === 'content')?.valueString;
        out.set(code, { en: q.text, es, file: entry.id });
      }
      Object.values(q).forEach(walk);
    };
    walk(JSON.parse(readFileSync((await realSource(entry.id)).path, 'utf8')));
  }
  return out;
}

/** code → display in the codebook's CodeSystem. */
async function codebookNames(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = (list: any[] | undefined) => {
    for (const c of list ?? []) {
      if (c.code && c.display) out.set(c.code, c.display);
      walk(c.concept);
    }
  };
  walk(JSON.parse(readFileSync((await realSource('codebook-to-fhir:ppi.json')).path, 'utf8')).concept);
  return out;
}

describe("a consent video's number is not its question's wording", () => {
  it('every numbered question: the codebook name in English, no Spanish, the numbers kept as facts', async () => {
    const numbered = await numberedQuestions();
    const names = await codebookNames();
    expect(numbered.size).toBeGreaterThanOrEqual(20);
    const item = db.prepare(`SELECT id, kind, text_en, text_es FROM items WHERE code = ?`);
    const fact = db.prepare(`SELECT chosen FROM provenance WHERE item_id = ? AND context_id IS NULL AND field = ? AND value = ?`).pluck();
    const conflict = db.prepare(`SELECT count(*) FROM conflicts WHERE item_id = ? AND field = ? AND other = ?`).pluck();
    let named = 0;
    for (const [code, n] of numbered) {
      const i = item.get(code) as { id: number; kind: string; text_en: string | null; text_es: string | null };
      expect(i.kind, code).toBe('question');
      expect(i.text_en, code).toBe(names.get(code) ?? null);
      if (names.has(code)) named++;
      expect(i.text_es, code).toBeNull();
      expect(fact.all(i.id, 'text.en', n.en), code).toEqual([0]);
      expect(conflict.get(i.id, 'text.en', n.en), code).toBe(1);
      if (n.es) expect(fact.all(i.id, 'text.es', n.es), code).toEqual([0]);
    }
    expect(named).toBe(numbered.size);
    // Spot check, both read above: the reconsent's data-sharing video.
    expect(numbered.get('Reconsent_DataSharingVideo')?.en).toMatch(/^\d+$/);
    expect(names.get('Reconsent_DataSharingVideo')).toMatch(/Video$/);
  });

  it('no release words a question with a number', () => {
    const left = db.prepare(`SELECT count(*) FROM release_texts t JOIN items i ON i.id = t.item_id WHERE i.kind = 'question' AND t.text NOT GLOB '*[A-Za-z]*' AND t.text NOT GLOB '*[^ -~]*'`).pluck().get();
    expect(left).toBe(0);
    const items = db.prepare(`SELECT count(*) FROM items WHERE kind = 'question' AND (text_en NOT GLOB '*[A-Za-z]*' OR text_es NOT GLOB '*[A-Za-z]*')`).pluck().get();
    expect(items).toBe(0);
  });

  it('answers keep their numbers ("2-3" visits)', () => {
    const n = db.prepare(`SELECT count(*) FROM items WHERE kind = 'answer' AND text_en NOT GLOB '*[A-Za-z]*'`).pluck().get() as number;
    expect(n).toBeGreaterThan(50);
  });
});
