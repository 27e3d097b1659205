// A skip instruction quotes the question it skips to ('If selected, skip to "About how long has it
// been since you last saw or talked to a doctor…"', Health_Care_Access_Utilization.pdf p.2): the
// highlight is on the question's own print, never on that quote. Read with pdftotext.
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { boxedLines } from '../../helpers/pdftotext-boxes';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

describe('a question quoted by a skip instruction', () => {
  it('is highlighted at its own print, not in the quote', async () => {
    const rows = db
      .prepare(`SELECT i.code, f.file, qp.page, qp.boxes FROM question_pages qp JOIN items i ON i.id = qp.item_id
        JOIN documents d ON d.id = qp.document_id JOIN document_files f ON f.document_id = d.id AND f.file = d.file
        WHERE qp.boxes IS NOT NULL`)
      .all() as { code: string; file: string; page: number; boxes: string }[];
    const files = new Map<string, string>();
    let quoted = 0;
    for (const r of rows) {
      if (!files.has(r.file)) files.set(r.file, (await realSource(`pdf:${r.file}`)).path);
      const lines = boxedLines(files.get(r.file)!).filter((l) => l.page === r.page);
      if (lines.some((l) => /skip to\s*[“"]/i.test(l.text))) quoted++;
      const [x, top] = (JSON.parse(r.boxes) as number[][])[0]!;
      const line = lines.find((l) => Math.abs(l.top - top!) < 5 && l.words.some((w) => w.left - 1 <= x! && x! <= w.right + 1));
      expect(line?.text ?? '', `${r.code} ${r.file} p.${r.page}`).not.toMatch(/skip to\s*[“"]/i);
    }
    // Pages with such an instruction are among those checked.
    expect(quoted).toBeGreaterThan(5);
    const spoken = rows.find((r) => r.code === 'HealthAdvice_SpokenToProfessional' && r.file === 'Health_Care_Access_Utilization.pdf');
    const first = boxedLines(files.get(spoken!.file)!).find((l) => l.page === spoken!.page && Math.abs(l.top - (JSON.parse(spoken!.boxes) as number[][])[0]![1]!) < 5);
    expect(first!.text).toMatch(/^About how long has it been since you last saw/);
  }, 300_000);
});
