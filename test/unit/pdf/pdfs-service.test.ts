// The PDF services on the real database: documents by id or file name, distinct documents in
// the catalog, the pages of a question; and the CSP pdf.js runs under.
import { afterAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/security/csp';
import { pdfDocument, questionPdfPages } from '../../../electron/services/pdfs';
import { listSurveys } from '../../../electron/services/surveys';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());

describe('pdf services', () => {
  it('finds a document by id or by any of its file names, null otherwise', () => {
    const fhh = pdfDocument(db, 'Family_History.pdf')!;
    expect(fhh.files.sort()).toEqual(['43528698.pdf', 'Family_Health_History.pdf', 'Family_History.pdf']);
    expect(pdfDocument(db, String(fhh.id))).toEqual(fhh);
    expect(fhh.url).toBe(`/pdfs/${encodeURIComponent(fhh.file)}`);
    // 43528698.pdf page 1 prints "Version: May 31, 2018" (pdftotext -l 1).
    expect(fhh.version).toBe('May 31, 2018');
    expect(pdfDocument(db, '999999')).toBeNull();
    expect(pdfDocument(db, '../../etc/passwd')).toBeNull();
  });

  it('lists each distinct document once per survey, with an id to open', () => {
    for (const s of listSurveys(db)) {
      expect(new Set(s.pdfs.map((p) => p.id)).size).toBe(s.pdfs.length);
    }
    const fhh = listSurveys(db).find((s) => s.slug === 'fhh')!;
    expect(fhh.pdfs.filter((p) => p.file === 'Family_History.pdf')).toEqual([]); // a copy of 43528698.pdf
    expect(fhh.pdfs.map((p) => p.language).sort()).toEqual(['en', 'en', 'es']);
  });

  it('gives a question its page in each PDF where it is printed', () => {
    const r = questionPdfPages(db, 'smoking_100cigslifetime')!;
    const byFile = Object.fromEntries(r.pages.map((p) => [p.document.file, p.page]));
    // Lifestyle.pdf and Lifestyle_Spanish.pdf page 1 (pdftotext -f 1 -l 1).
    expect(byFile['Lifestyle.pdf']).toBe(1);
    expect(byFile['Lifestyle_Spanish.pdf']).toBe(1);
    expect(questionPdfPages(db, 'made-up-code')).toBeNull();
  });

  it('gives the wording as printed on the page, which may differ from the codebook\'s', () => {
    const r = questionPdfPages(db, 'HearingVision_HearingVisionConditions')!;
    const p = r.pages.find((x) => x.document.file === 'Personal_Medical_History_Survey_English.pdf')!;
    // Personal_Medical_History_Survey_English.pdf page 23 (pdftotext -f 23 -l 23): "Hearing and eye
    // conditions: Has a doctor or health care provider ever told you that you have any of the
    // following hearing or vision problems?". The item's wording follows the published PDF (the
    // codebook's "you have or had any" is a recorded conflict) but not the group's lead-in.
    expect(p.page).toBe(23);
    expect(p.printed).toMatch(/^Hearing and eye conditions: Has a doctor or health care provider ever told you that you have any of the following hearing or vision problems\?/);
    expect(r.text.en).toMatch(/^Has a doctor or health care provider ever told you that you have any of the following hearing or vision problems\?/);
  });

  it('pdf.js runs under the CSP without eval or WebAssembly (worker from the app itself)', () => {
    const csp = contentSecurityPolicy();
    expect(csp).toContain("worker-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|wasm-unsafe-eval/);
  });
});
