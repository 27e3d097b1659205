// A print whose closest wording several questions share names none of them: every PFHH follow-up
// "¿Todavía está viendo … para esta enfermedad?" is worded alike in the payload, so the Spanish
// PFHH's 259 prints ("… para el cáncer de huesos?") all went to the first, bladder cancer. Such a
// print is now tied by its English print's alignment (or its answers), else to nothing
// (codebooks/merge/provenance-sources.ts). Prints are read here with pdftotext.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { printedQuestion } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

const fold = (s: string) => s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const SPANISH = 'Survey_PaFHH_spn_Src.pdf';
const ENGLISH = 'Personal_and_Family_Health_History.pdf';

/** The items the database ties to prints of `file` on `page` starting with `start`. */
function linked(file: string, page: number, start: string): string[] {
  return db
    .prepare(`SELECT DISTINCT i.code FROM printed_questions p JOIN documents d ON d.id = p.document_id JOIN items i ON i.id = p.item_id WHERE d.file = ? AND p.page = ? AND p.text LIKE ? || '%'`)
    .pluck()
    .all(file, page, start) as string[];
}

function pageOf(code: string, file: string): number | undefined {
  return db
    .prepare(`SELECT qp.page FROM question_pages qp JOIN items i ON i.id = qp.item_id JOIN document_files f ON f.document_id = qp.document_id WHERE i.code = ? AND f.file = ?`)
    .pluck()
    .get(code, file) as number | undefined;
}

// [PDF, page, the whole printed question (pdftotext), item]
const CASES: [string, number, string, string][] = [
  [SPANISH, 2, '¿Todavía está viendo a algún médico o proveedor de servicios de salud para el cáncer de vejiga?', 'Cancer_BladderCancerCurrently'],
  [SPANISH, 3, '¿Todavía está viendo a algún médico o proveedor de servicios de salud para el cáncer de huesos?', 'Cancer_BoneCancerCurrently'],
  [SPANISH, 3, '¿Aproximadamente cuántos años tenía cuando le dijeron por primera vez que padecía cáncer de huesos?', 'Cancer_HowOldWereYouBoneCancer'],
  [SPANISH, 21, '¿Todavía está viendo a algún médico o proveedor de servicios de salud para la hipertensión (presión arterial alta)?', 'Circulatory_HypertensionCurrently'],
  [SPANISH, 105, '¿Aproximadamente cuántos años tenía cuando le dijeron por primera vez que padecía de fiebre causado por el virus del Nilo?', 'InfectiousDiseases_HowOldWereYouWestNileVirus'],
  // English p.98, under "● Recurrent yeast infection": it went to anemia's follow-up, worded alike.
  [ENGLISH, 98, 'Are you still seeing a doctor or health care provider for recurring yeast infection?', 'InfectiousDiseases_YeastInfectionCurrently'],
];

describe('prints of a wording several questions share', () => {
  it.each(CASES)('%s p.%i "%s" is %s, and its page', async (file, page, text, code) => {
    const printed = printedQuestion((await realSource(`pdf:${file}`)).path, page, text);
    expect(fold(printed)).toBe(fold(text));
    expect(linked(file, page, text.slice(0, 60))).toContain(code);
    expect(linked(file, page, text)).toEqual([code]);
    expect(pageOf(code, file)).toBe(page);
  });

  it('no item takes the Spanish PFHH prints of other conditions (bladder took 128)', () => {
    const rows = db
      .prepare(`SELECT i.code, count(DISTINCT p.text) AS n FROM printed_questions p JOIN documents d ON d.id = p.document_id JOIN items i ON i.id = p.item_id
        WHERE d.file = ? AND (p.text LIKE '¿Todavía está viendo%' OR p.text LIKE '¿Aproximadamente cuántos años%' OR p.text LIKE '¿Actualmente tiene medicamentos%')
        GROUP BY i.code HAVING n > 1`)
      .all(SPANISH) as { code: string; n: number }[];
    expect(rows).toEqual([]);
    // Each shows its own print as its Spanish wording of the current PFHH, none another's.
    const bone = db
      .prepare(`SELECT rt.text FROM release_texts rt JOIN items i ON i.id = rt.item_id WHERE i.code = ? AND rt.lang = 'es' AND rt.source = ?`)
      .pluck()
      .all('Cancer_BoneCancerCurrently', `pdf:${SPANISH}`);
    expect(bone).toEqual([CASES[1]![2]]);
  });

  it('a print worded as two items is tied by what is printed above it, not by its wording', () => {
    // Lifestyle.pdf p.2 prints "Number of cigarettes per day:" under both "Enter response" answers;
    // it went to Smoking_CurrentDailyCigaretteNumber twice. Each is now its question's entry box
    // (printed-boxes.ts; cases in printed-boxes.test.ts).
    expect(linked('Lifestyle.pdf', 2, 'Number of cigarettes per day').sort()).toEqual(['Smoking_AverageDailyCigaretteNumber', 'Smoking_CurrentDailyCigaretteNumber']);
    // HCAU p.11 "If other, please specify:" follows the delayed-care reasons, not the insurance types.
    expect(linked('Health_Care_Access_Utilization.pdf', 11, 'If other, please specify')).toEqual(['OtherDelayedMedicalCare_FreeText']);
  });
});
