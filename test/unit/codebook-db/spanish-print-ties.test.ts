// A Spanish print is its English pair's item's print (its page, its words to highlight), also where
// that item belongs to another survey or its English print words it otherwise, so the print gives
// it no Spanish text: the 2019 family history's "¿Quién en su familia ha tenido asma?", the print of
// PFHH's RespiratoryCondition_Asthma_yes ("Including yourself, who in your family has had asthma?").
// Read here with pdftotext: each tied print is in the place of its English pair's in the list of prints.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { flow, pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('Spanish prints of the 2019 family history', () => {
  it('each "¿Quién en su familia…?" print tied to an item is the Spanish of its English print, in the same place of the list', async () => {
    // Each PDF read whole with pdftotext: its "Who in your family (has) had…" (English) and "¿Quién en
    // su familia ha tenido…" (Spanish) prints in order; the n-th Spanish translates the n-th English.
    const read = async (file: string, opening: RegExp) => {
      const path = (await realSource(`pdf:${file}`)).path;
      const text = flow(path, 1, pdfPages(path).length).text;
      return { text, at: [...text.matchAll(opening)].map((m) => m.index!) };
    };
    const en = await read('Family_Health_History_Survey_English.pdf', /Who in your family (has )?had/g);
    const es = await read('Family_Health_History_Survey_Spanish.pdf', /¿Quién en su familia ha tenido/g);
    expect([en.at.length, es.at.length]).toEqual([92, 92]);
    // By the print's question, to its question mark ("…consumo de alcohol?" and "…de drogas?" open alike).
    const placeOf = (doc: { text: string; at: number[] }, printed: string) => doc.at.findIndex((i) => doc.text.slice(i).startsWith(squash(printed).replace(/\?.*$/, '?')));
    const pairs = db
      .prepare(`SELECT i.code, e.text AS en, s.text AS es FROM printed_questions s JOIN document_files fs ON fs.document_id = s.document_id AND fs.file = 'Family_Health_History_Survey_Spanish.pdf'
          JOIN printed_questions e ON e.item_id = s.item_id JOIN document_files fe ON fe.document_id = e.document_id AND fe.file = 'Family_Health_History_Survey_English.pdf'
          JOIN items i ON i.id = s.item_id WHERE s.text LIKE '¿Quién en su familia%' AND e.text LIKE 'Who in your family%'`)
      .all() as { code: string; en: string; es: string }[];
    expect(pairs.length).toBeGreaterThanOrEqual(85);
    const places = pairs.map((p) => ({ code: p.code, en: placeOf(en, p.en), es: placeOf(es, p.es) })).sort((a, b) => a.en - b.en);
    for (const p of places) expect([p.code, p.en >= 0, p.es >= 0]).toEqual([p.code, true, true]);
    for (const p of places) expect([p.code, p.es]).toEqual([p.code, p.en]);
    // Exact ones, as printed.
    const esOf = (code: string) => pairs.find((p) => p.code === code)!.es;
    expect(esOf('RespiratoryCondition_Asthma_yes')).toMatch(/^¿Quién en su familia ha tenido asma\?/);
    expect(esOf('DiagnosedHealthCondition_LiverCondition_yes')).toMatch(/^¿Quién en su familia ha tenido enfermedad hepática \(por ejemplo, cirrosis\)\?/);
    expect(esOf('MentalCondition_DrugUse_yes')).toMatch(/^¿Quién en su familia ha tenido enfermedad relacionada con el consumo de drogas\?/);
    expect(esOf('SkeletalMuscularCondition_Pseudogout_yes')).toMatch(/^¿Quién en su familia ha tenido pseudogota\?/);
    // The words are the print's, not the item's Spanish (which says "Incluyendo a usted, …").
    const asthma = db.prepare('SELECT text_es FROM items WHERE code = ?').pluck().get('RespiratoryCondition_Asthma_yes') as string;
    expect(asthma).toMatch(/^Incluyendo a usted, ¿quién en su familia ha tenido asma\?/);
  });

  it('"Show in PDF" of such an item opens the Spanish page of its print, highlighted', () => {
    const row = db
      .prepare(`SELECT qp.page, qp.method, qp.boxes FROM question_pages qp JOIN items i ON i.id = qp.item_id JOIN document_files f ON f.document_id = qp.document_id WHERE i.code = ? AND f.file = ?`)
      .get('RespiratoryCondition_Asthma_yes', 'Family_Health_History_Survey_Spanish.pdf') as { page: number; method: string; boxes: string | null };
    expect(row.method).toBe('printed');
    expect(row.page).toBe(16);
    expect(JSON.parse(row.boxes!).length).toBeGreaterThan(0);
  });

  it("ties no Spanish print worded far from its pair: COPE Dec 2020's \"Por favor, especifique.\" is not the vaccine-factors question's", () => {
    const prints = db
      .prepare(`SELECT f.file, pq.text FROM printed_questions pq JOIN items i ON i.id = pq.item_id JOIN document_files f ON f.document_id = pq.document_id JOIN documents d ON d.id = pq.document_id WHERE i.code = 'dmfs_29' AND d.language = 'es'`)
      .all() as { file: string; text: string }[];
    expect(prints.length).toBeGreaterThan(0);
    for (const p of prints) expect(p.text, p.file).toMatch(/^¿Qué factores hacen que sea poco probable que usted se vacune\?/);
  });
});
