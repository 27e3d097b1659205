// The five real 2016 workgroup workbooks. Expected values were looked up in the files by dumping
// their cells with exceljs (sheet!cell named in each comment).
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { importWorkgroupXlsx } from '../../../codebooks/importers/workgroup-xlsx';
import type { ImportResult, PrintedQuestionRecord } from '../../../codebooks/model/records';
import { realEntries, realSource } from '../../helpers/sources';

const HCA = 'workgroup:Final Revision Recommendation Healthcare Access_09.28.2016.xlsx';
const OH = 'workgroup:Final Revision Recommendation Overall Health_09.28.2016.xlsx';
const PH = 'workgroup:Final Revision Recommendation Personal Habits_09 28 2016.xlsx';
const SLEEP = 'workgroup:Final Revision Recommendation Sleep_09.28.2016.xlsx';
const DEMO = 'workgroup:Final revision recommendation Demographics_09.28.2016.xlsx';

const results = new Map<string, ImportResult>();
const books = new Map<string, ExcelJS.Workbook>();
beforeAll(async () => {
  for (const id of [HCA, OH, PH, SLEEP, DEMO]) {
    const file = await realSource(id);
    results.set(id, await importWorkgroupXlsx(file));
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(file.path);
    books.set(id, book);
  }
});

/** A cell's text as exceljs reads it from the raw workbook (not through the importer). */
function rawCell(id: string, sheet: string, ref: string): string {
  const v = books.get(id)!.getWorksheet(sheet)!.getCell(ref).value;
  return typeof v === 'string' ? v : v && typeof v === 'object' && 'richText' in v ? v.richText.map((r) => r.text).join('') : String(v ?? '');
}

function at(id: string, where: string): PrintedQuestionRecord {
  const found = results.get(id)!.printed.find((p) => p.prov.at === where);
  if (!found) throw new Error(`no printed question at ${where}`);
  return found;
}

describe('importWorkgroupXlsx on the real workbooks', () => {
  it('covers every workgroup-xlsx entry of the manifest', () => {
    expect(realEntries('workgroup-xlsx').map((e) => e.id).sort()).toEqual([HCA, OH, PH, SLEEP, DEMO].sort());
  });

  it('reads English and Spanish rows of each file into its module (counts as measured)', () => {
    const counts = [...results].map(([id, r]) => [
      id,
      r.printed[0]!.module,
      r.printed.filter((p) => p.language === 'en').length,
      r.printed.filter((p) => p.language === 'es').length,
    ]);
    expect(counts).toEqual([
      [HCA, 'hcau', 16, 15],
      [OH, 'overall-health', 15, 15],
      [PH, 'lifestyle', 47, 49],
      [SLEEP, 'sleep', 12, 14],
      [DEMO, 'basics', 30, 35],
    ]);
    expect(results.get(SLEEP)!.notes.some((n) => n.includes('"Sleep" is not an All of Us survey module'))).toBe(true);
  });

  it('Healthcare Access: the unnamed Spanish sheet and its item ids', () => {
    // Sheet2!C2 = HC1, Sheet2!B2 = NHANES, Sheet2!E2 starts with this wording.
    const q = at(HCA, 'Sheet2!E2');
    expect(q).toMatchObject({ language: 'es', ref: { itemId: 'HC1' }, sourceNames: ['NHANES'] });
    expect(q.text.startsWith('¿Hay algún lugar donde va normalmente cuando está enfermo')).toBe(true);
    // English!A9 = "HINTS 4, Cycle 3": a comma inside one name.
    expect(at(HCA, 'English!F9').sourceNames).toEqual(['HINTS 4, Cycle 3']);
  });

  it('Overall Health: PROMIS item numbers in the source name, wording from the reference column', () => {
    // English!A3 = "PROMIS Global Health G1"; English!F3 = "Eliminate the question.", so B3 is the wording.
    const q = at(OH, 'English!B3');
    expect(q.sourceNames).toEqual(['PROMIS Global Health G1']);
    expect(q.text.startsWith('In general, would you say your health is:')).toBe(true);
    // Spanish!A2 = "PROMIS Salud general", Spanish!B2 = G1.
    expect(at(OH, 'Spanish!D2')).toMatchObject({ ref: { itemId: 'G1' }, sourceNames: ['PROMIS Salud general'] });
    expect(results.get(OH)!.instruments.map((i) => i.name)).toContain('PROMIS Global Health');
  });

  it('Personal Habits: final wording, reference wording and the Spanish wording', () => {
    // English!A3 = TUS-CPS; English!F3 is the final wording.
    const q = at(PH, 'English!F3');
    expect(q.sourceNames).toEqual(['TUS-CPS']);
    expect(q.text.startsWith('Have you smoked at least 100 cigarettes (there are 20 cigarettes in a pack)')).toBe(true);
    expect(q.originalText?.startsWith('(Have/Has) (you/ name) smoked at least 100 cigarettes')).toBe(true);
    // The reference cell (English!B3) lists the options under the question, one per line: the
    // original wording is its first line only, as re-read here from the raw cell.
    const cell = rawCell(PH, 'English', 'B3');
    expect(cell.split('\n').slice(1).map((l) => l.trim()).filter(Boolean)).toEqual(['Yes', 'No', "Don't know/refused"]);
    expect(q.originalText).toBe(cell.split('\n')[0]!.trim());
    expect(q.text).toBe(rawCell(PH, 'English', 'F3').split('\n')[0]!.trim());
    // Spanish!D3 (post-cognitive column); this sheet has no item ids.
    expect(at(PH, 'Spanish!D3').text.startsWith('¿Ha fumado usted al menos 100 cigarrillos en toda su vida?')).toBe(true);
    expect(results.get(PH)!.printed.some((p) => p.ref?.itemId)).toBe(false);
  });

  it('Sleep: MCTQ instrument and PROMIS item ids in the Spanish sheet', () => {
    // English!A4 = "Munich ChronoType Questionnaire (MCTQ)".
    const mctq = results.get(SLEEP)!.instruments.find((i) => i.name === 'Munich ChronoType Questionnaire (MCTQ)');
    expect(mctq).toMatchObject({ shortName: 'MCTQ', module: 'sleep' });
    // Spanish!C9 = "Sleep 105", Spanish!E9 starts "En los últimos 7 días mi sueño fue relajante".
    const q = at(SLEEP, 'Spanish!E9');
    expect(q.ref?.itemId).toBe('Sleep 105');
    expect(q.text.startsWith('En los últimos 7 días mi sueño fue relajante')).toBe(true);
  });

  it('Demographics: item ids D1.., "(modified)" sources folded into one instrument', () => {
    // Spanish!C2 = D1, Spanish!E2 = the birth date question.
    expect(at(DEMO, 'Spanish!E2')).toMatchObject({ ref: { itemId: 'D1' }, text: '¿Cuál es su fecha de nacimiento?\nMM/DD/YYYY' });
    // English!F2 and English!B2.
    expect(at(DEMO, 'English!F2')).toMatchObject({ text: 'What is your birth date (MM-DD-YYYY)?', originalText: 'What is {your/{NAME}’s} birthdate?' });
    // English!A11 = "BRFSS (modified)", English!A17 = "UK Bio".
    expect(at(DEMO, 'English!F11').sourceNames).toEqual(['BRFSS (modified)']);
    expect(results.get(DEMO)!.instruments.map((i) => i.name)).toEqual(['NHANES', 'BRFSS', 'UK Bio']);
  });

  it('pairs the Spanish rows with the English rows they translate, by order where both sheets agree', () => {
    // Healthcare Access: Sheet2's header is row 1, English's row 2; Sheet2!E15 (insurance type,
    // B15 NHANES) is English!F16 (A16 NHANES). Sheet2!E16 (delayed care, NHIS) stands for one of
    // English rows 17 and 18 (both NHIS): no pair.
    expect(at(HCA, 'Sheet2!E15').translates).toBe('English!F16');
    expect(at(HCA, 'Sheet2!E14').translates).toBe('English!F15');
    expect(at(HCA, 'Sheet2!E16').translates).toBeUndefined();
    // Sleep: the Spanish sheet splits two MCTQ rows; its PROMIS rows (Spanish!E9 "…mi sueño fue
    // relajante") pair with the English ones from the end (English!F8 "…my sleep was restful").
    expect(at(SLEEP, 'Spanish!E9').translates).toBe('English!F8');
    expect(at(SLEEP, 'Spanish!E8').translates).toBeUndefined();
    // Overall Health names its sources in Spanish ("PROMIS Salud general", Spanish!A2): no pairs.
    expect(results.get(OH)!.printed.filter((p) => p.translates)).toEqual([]);
  });

  it('produces no concept records: the sheets give no PPI codes', () => {
    for (const r of results.values()) expect(r.concepts).toEqual([]);
  });
});
