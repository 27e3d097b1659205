// A printed question of a series ("Including yourself, who in your family has had <condition>?",
// "<Group> conditions: Has a doctor … ever told you that you have…?") is tied to its own item, not
// to the series member whose wording is closest overall. The prints are read here with pdftotext
// (test/helpers/pdftotext-flow.ts); the expected item is the one whose wording holds every word.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

// [PDF, page, start of the printed line, item code]
const CASES: [string, number, string, string][] = [
  ['pdf:Personal_and_Family_Health_History.pdf', 8, 'Including yourself, who in your family has had head and neck cancer?', 'CancerCondition_HeadNeckCancer_yes'],
  ['pdf:Personal_Medical_History_Survey_English.pdf', 11, 'Digestive conditions: Has a doctor or health care provider ever told you', 'Digestive_DigestiveSystemConditions'],
  ['pdf:Personal_Medical_History_Survey_English.pdf', 18, 'Kidney conditions: Has a doctor or health care provider ever told you', 'Kidney_KidneyConditions'],
  // The same words open the "Other:" question (p.40): the answers printed below tell them apart.
  ['pdf:Personal_Medical_History_Survey_English.pdf', 1, 'Heart and blood conditions: Has a doctor or health care provider ever told', 'Circulatory_CirculatoryConditions'],
  ['pdf:Personal_Medical_History_Survey_English.pdf', 31, 'Brain and nervous system conditions: Has a doctor or health care provider', 'NervousSystem_NervousSystemCondition'],
  ['pdf:Personal_Medical_History_Survey_English.pdf', 40, 'Other: Has a doctor or health care provider ever told you that you have', 'Other_OtherConditions'],
  ['pdf:Personal_Medical_History_Survey_Spanish.pdf', 6, 'Enfermedades de los Pulmones: ¿Le ha dicho un médico', 'Respiratory_RespiratoryConditions'],
  ['pdf:Personal_Medical_History_Survey_Spanish.pdf', 33, 'Enfermedades infecciosas: ¿Le ha dicho un médico', 'InfectiousDiseases_InfectiousDiseaseCondition'],
  ['pdf:Personal_Medical_History_Survey_Spanish.pdf', 49, 'Otro: ¿Le ha dicho un médico', 'Other_OtherConditions'],
  // Summer 2021 p.5: the second-dose list ("I had a severe adverse reaction to the first COVID-19 dose.")
  // under a wording both dmfs_29 questions share.
  ['pdf:COPE_survey_Summer_2021_English.pdf', 5, 'What factors make you less likely to get the vaccine?', 'dmfs_29_seconddose'],
];

describe('prints of a series tie to their own item', () => {
  it.each(CASES)('%s p.%i "%s" is %s', async (source, page, start, code) => {
    const lines = pdfPages((await realSource(source)).path)[page - 1]!.map((l) => l.text);
    expect(lines.some((l) => l.startsWith(start)), `printed on ${source} p.${page}`).toBe(true);
    const linked = db
      .prepare(
        `SELECT DISTINCT i.code FROM printed_questions p JOIN documents d ON d.id = p.document_id JOIN items i ON i.id = p.item_id
         WHERE 'pdf:' || d.file = ? AND p.page = ? AND p.text LIKE ? || '%'`,
      )
      .all(source, page, start) as { code: string }[];
    expect(linked.map((l) => l.code)).toEqual([code]);
  });
});

describe('a print no question lists the answers of', () => {
  it('PMH English p.26 "Infectious diseases: …" is tied to no item, and the "Other:" question is on p.40', async () => {
    const source = 'pdf:Personal_Medical_History_Survey_English.pdf';
    const pages = pdfPages((await realSource(source)).path);
    expect(pages[25]!.some((l) => l.text.startsWith('Infectious diseases: Has a doctor or health care provider'))).toBe(true);
    expect(pages[39]!.some((l) => l.text.startsWith('Other: Has a doctor or health care provider'))).toBe(true);
    const tied = db
      .prepare(`SELECT p.item_id FROM printed_questions p JOIN documents d ON d.id = p.document_id WHERE 'pdf:' || d.file = ? AND p.page = 26 AND p.text LIKE 'Infectious diseases:%'`)
      .pluck()
      .all(source);
    expect(tied).toEqual([null]);
    const page = db
      .prepare(`SELECT qp.page FROM question_pages qp JOIN items i ON i.id = qp.item_id JOIN documents d ON d.id = qp.document_id WHERE i.code = 'Other_OtherConditions' AND 'pdf:' || d.file = ?`)
      .pluck()
      .get(source);
    expect(page).toBe(40);
  });
});
