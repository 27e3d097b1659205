// Every wording the database takes from an instrument PDF is whole: a question wrapped over lines
// or pages is not cut at a line break. The PDFs are re-read here with poppler's `pdftotext`
// (test/helpers/pdftotext-flow.ts), independently of the importers' pdf.js reading. Before the fix
// two Spanish questions were cut where a wrapped line starts with the word "o" (or), read as the
// letter-o bullet: ace_2 "…problemas con la bebida" (page 16 prints "…con la bebida / o que era
// alcohólico?") and VisionCondition_HearingLoss_yes "…pérdida de audición severa" (Survey_PaFHH_spn_Src.pdf page 88).
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { isCut, printedQuestion, readPrinted } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

interface Fact {
  code: string | null;
  kind: string;
  slug: string;
  field: string;
  value: string;
  stored: string | null;
  source: string;
  at: string;
}

/** Every item wording (question or answer, English or Spanish) and Spanish option label the database took from a PDF. */
const facts = db
  .prepare(
    `SELECT i.code, i.kind, m.slug, p.field, p.value, CASE p.field WHEN 'text.es' THEN i.text_es ELSE i.text_en END AS stored, p.source, p.at
     FROM provenance p JOIN items i ON i.id = p.item_id JOIN modules m ON m.id = i.module_id
     WHERE p.source LIKE 'pdf:%' AND p.chosen = 1 AND (p.field IN ('text.es', 'text.en') AND p.context_id IS NULL OR p.field = 'option.text.es')`,
  )
  .all() as Fact[];

const paths = new Map<string, string>();
async function pathOf(source: string): Promise<string> {
  if (!paths.has(source)) paths.set(source, (await realSource(source)).path);
  return paths.get(source)!;
}
const pageOf = (f: Fact) => Number(/^page (\d+)(?:;|$)/.exec(f.at)?.[1]);

describe('wordings read from the instrument PDFs are whole', () => {
  it('takes the Spanish of questions from the PDFs of many modules', () => {
    const modules = new Set(facts.filter((f) => f.kind === 'question' && f.field === 'text.es').map((f) => f.slug));
    for (const slug of ['ehhwb', 'sdoh', 'pfhh', 'bhp', 'cope', 'lifestyle', 'basics']) expect(modules, slug).toContain(slug);
  });

  it('prints every such question on its cited page, and never goes on after the stored text', async () => {
    const questions = facts.filter((f) => f.kind === 'question' && f.field !== 'option.text.es');
    expect(questions.length).toBeGreaterThan(350);
    const wrong: string[] = [];
    for (const f of questions) {
      expect(f.stored, `${f.code}: the chosen fact is the item's wording`).toBe(f.value);
      // A question that starts on its page may go on over the page: without its lead-in, the stored wording starts on the next.
      let r = readPrinted(await pathOf(f.source), pageOf(f), f.value);
      if (r.at < 0) r = readPrinted(await pathOf(f.source), pageOf(f) + 1, f.value);
      if (r.at < 0) wrong.push(`${f.slug} ${f.code}: not printed on ${f.source} ${f.at}: "${f.value}"`);
      else if (isCut(r)) wrong.push(`${f.slug} ${f.code}: cut; ${f.source} ${f.at} goes on "${r.after}"`);
    }
    expect(wrong).toEqual([]);
  });

  it('never cuts an answer wording or option label read from a PDF (the answers may go on over the page)', async () => {
    const answers = facts.filter((f) => f.kind === 'answer');
    expect(answers.length).toBeGreaterThan(900);
    let found = 0;
    const cut: string[] = [];
    for (const f of answers) {
      const r = readPrinted(await pathOf(f.source), pageOf(f), f.value, true);
      if (r.at >= 0) found++;
      if (r.at >= 0 && isCut(r)) cut.push(`${f.slug} ${f.source} ${f.at}: "${f.value}" goes on "${r.after}"`);
    }
    expect(cut).toEqual([]);
    // Grids print their answer labels apart from the question (a column, the page after next).
    expect(found / answers.length).toBeGreaterThan(0.9);
  });

  // [module, code, manifest id of the PDF, page, start of the printed question]
  const sample: [string, string, string, number, string][] = [
    ['ehhwb', 'ace_2', 'pdf:Emotional_Health_History_and_Well-Being_Spanish.pdf', 16, 'Durante sus primeros 18 años de vida, ¿vivió con alguien que tuviera'],
    ['ehhwb', 'ace_3', 'pdf:Emotional_Health_History_and_Well-Being_Spanish.pdf', 16, 'Durante sus primeros 18 años de vida, ¿vivió con alguien que usaba'],
    ['ehhwb', 'ace_9', 'pdf:Emotional_Health_History_and_Well-Being_Spanish.pdf', 17, 'Durante sus primeros 18 años de vida, ¿con qué frecuencia alguien al menos'],
    ['ehhwb', 'mhqukb_34', 'pdf:Emotional_Health_History_and_Well-Being_Spanish.pdf', 18, 'Alguna vez en su vida, ¿ha tenido una pareja o expareja que lo(a) haya'],
    ['ehhwb', 'mhqukb_36', 'pdf:Emotional_Health_History_and_Well-Being_Spanish.pdf', 18, 'Alguna vez en su vida, ¿ha sido víctima de agresión sexual, por parte de su pareja'],
    ['pfhh', 'VisionCondition_HearingLoss_yes', 'pdf:Survey_PaFHH_spn_Src.pdf', 88, 'Incluyendo a usted, ¿quién en su familia ha tenido pérdida de audición'],
    ['bhp', 'mhqukb_43', 'pdf:Behavioral_Health_Personality_Spanish.pdf', 3, '¿Alguna vez ha tenido un período de tiempo que duró varios días'],
    ['bhp', 'mhqukb_44', 'pdf:Behavioral_Health_Personality_Spanish.pdf', 3, '¿Alguna vez ha tenido un período de tiempo en el que estaba tan irritable'],
    // A stem printed apart from the item's own words (before, not taken: the English grid prints the row alone).
    ['ehhwb', 'cidi5_12', 'pdf:Emotional_Health_History_and_Well-Being_Spanish.pdf', 4, 'Durante esos 6 meses, ¿con qué frecuencia... ¿Se sintió irritado'],
    ['ehhwb', 'phq9_5', 'pdf:Emotional_Health_History_and_Well-Being_Spanish.pdf', 6, 'Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas? Sin apetito'],
    ['cope', 'cope_aou_xx_2', 'pdf:COPE_survey_Dec_2020_Spanish.pdf', 16, '¿Cómo han cambiado sus cuidados prenatales'],
  ];

  it.each(sample)('%s %s has exactly the Spanish its PDF prints (%s page %i)', async (slug, code, source, page, start) => {
    const row = db
      .prepare(`SELECT i.text_es AS es FROM items i JOIN modules m ON m.id = i.module_id WHERE m.slug = ? AND i.code = ? AND i.kind = 'question'`)
      .get(slug, code) as { es: string | null } | undefined;
    expect(row?.es).toBe(printedQuestion(await pathOf(source), page, start));
  });
});
