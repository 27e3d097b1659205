// HCAU ES prints a visit-count follow-up with its instruction in the same paragraph ("If “Sí” is
// selected, display the following: En los últimos 12 meses …"), and the grid row "¿Un
// quiropráctico?" that is both SpokenToChiropractor's whole Spanish and the end of
// ChiropractorVisits' Spanish. Checked on the real database against pdftotext.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';
import { squash } from '../../helpers/answer-page';

const db = openRealDb();
afterAll(() => db.close());
const FILE = 'Health_Care_Access_Utilization_Spanish.pdf';

const printsOf = (code: string) =>
  db.prepare(`SELECT p.page, p.text, p.branching_prose AS prose FROM printed_questions p JOIN documents d ON d.id = p.document_id JOIN items i ON i.id = p.item_id
    WHERE d.file = ? AND i.code = ?`).all(FILE, code) as { page: number; text: string; prose: string | null }[];

describe('HCAU ES visit-count follow-ups', () => {
  it.each(['HealthAdvice_ChiropractorVisits', 'HealthAdvice_NursePractitionerVisits'])('%s: worded without the instruction printed before it, which is its statement', async (code) => {
    const [p, ...more] = printsOf(code);
    expect(more).toEqual([]);
    expect(p!.text).toMatch(/^En los últimos 12 meses,? ¿cuántas veces visitó/);
    expect(p!.prose).toMatch(/^If “Sí” is selected, display the following:$/);
    // pdftotext reads the instruction and the wording together on that page.
    const lines = pdfPages((await realSource(`pdf:${FILE}`)).path, 'layout')[p!.page - 1]!;
    expect(squash(lines.map((l) => l.text).join(' '))).toContain(squash(`${p!.prose} ${p!.text}`));
    const release = db.prepare(`SELECT t.text FROM release_texts t JOIN items i ON i.id = t.item_id WHERE i.code = ? AND t.lang = 'es' AND t.source = ?`).pluck().all(code, `pdf:${FILE}`);
    expect(release).toEqual([p!.text]);
  });

  it('"¿Un quiropráctico?" is not tied to ChiropractorVisits', () => {
    expect(printsOf('HealthAdvice_ChiropractorVisits').map((p) => p.text)).not.toContain('¿Un quiropráctico?');
  });
});
