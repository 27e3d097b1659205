// Answers the data browser labels "<question> - <answer>" (its PFHH labels, "Including yourself, who
// in your family has had ovarian cancer? - Elderly (75+)"; the option's English is the answer alone) take the Spanish label the Spanish PDF
// prints for <answer>. Checked on the real database: each such label is printed as an answer on
// its cited page of the Spanish PDF or after it (read with pdftotext, not the importers), and it says what the
// English answer says (the same age range; Yes is Sí, No is No).
import { afterAll, describe, expect, it } from 'vitest';
import { openRealDb } from '../../helpers/real-db';
import { pdfPages } from '../../helpers/pdftotext-flow';
import { realSource } from '../../helpers/sources';

const db = openRealDb();
afterAll(() => db.close());

interface Row {
  question: string;
  en: string;
  es: string;
  source: string;
  at: string;
}
const rows = (
  db
    .prepare(
      `SELECT DISTINCT q.text_en AS question, c.value AS en, o.label_es AS es, p.source, p.at FROM options o
       JOIN items q ON q.id = o.question_id
       JOIN provenance c ON c.item_id = o.answer_id AND c.context_id = o.question_id AND c.field = 'option.label.en' AND c.source LIKE 'data-browser:%'
       JOIN provenance p ON p.item_id = o.answer_id AND p.context_id = o.question_id AND p.field = 'option.text.es' AND p.chosen = 1
       WHERE c.value LIKE '% - %' AND o.label_es IS NOT NULL AND p.source LIKE 'pdf:%'`,
    )
    .all() as Row[]
).filter((r) => r.en.startsWith(r.question.slice(0, 40)));
const tail = (r: Row) => r.en.slice(r.en.lastIndexOf(' - ') + 3);
const range = (s: string) => /\((\d+[-–]?\d*\+?)\)/.exec(s)?.[1] ?? null;

describe('Spanish labels of "<question> - <answer>" answers', () => {
  it('are given to over a thousand PFHH answers', () => {
    expect(rows.length).toBeGreaterThan(1000);
  });

  it('name the same age range, and Yes is Sí, No is No', () => {
    const wrong = rows.filter((r) => {
      const t = tail(r);
      if (t === 'Yes') return r.es !== 'Sí';
      if (t === 'No') return r.es !== 'No';
      return range(t) !== range(r.es);
    });
    expect(wrong.map((r) => `${tail(r)} => ${r.es}`)).toEqual([]);
  });

  // A question's answers may run over many pages (PFHH's cancer types, each followed by its own questions).
  it('are printed as an answer of the Spanish PDF, on the cited page or after it', async () => {
    const missing: string[] = [];
    const paths = new Map<string, string>();
    for (const r of rows) {
      if (!paths.has(r.source)) paths.set(r.source, (await realSource(r.source)).path);
      const page = Number(/^page (\d+)/.exec(r.at)![1]);
      const lines = pdfPages(paths.get(r.source)!).slice(page - 1).flat().map((l) => l.text.replace(/^[●○❏•▪]\s*/, ''));
      // A long label wraps onto the next line.
      if (!lines.includes(r.es) && !lines.join(' ').includes(r.es)) missing.push(`${r.source} ${r.at}: ${r.es}`);
    }
    expect(missing).toEqual([]);
  });
});
