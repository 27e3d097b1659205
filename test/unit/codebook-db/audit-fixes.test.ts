// Defects an audit of the database against the raw files found, each kept fixed.
import { afterAll, describe, expect, it } from 'vitest';
import { showItem } from '../../../electron/services/item-detail';
import { openRealDb } from '../../helpers/real-db';

const db = openRealDb();
afterAll(() => db.close());
const n = (sql: string) => (db.prepare(sql).get() as { n: number }).n;

describe('the real database after the audit', () => {
  it('opens the current survey for a concept ID a retired one also had', () => {
    // survey_module.csv: 43529712 is PFHH at data-browser HEAD, Personal Medical History at 5552db7.
    expect(showItem(db, '43529712')).toMatchObject({ kind: 'module', survey: { slug: 'pfhh' } });
  });

  it('does not pair a code with another survey\'s answer ID (allofus "self" rows)', () => {
    // aou_health_history (derived CSV line 887): self, hearingvisioncondition_farsightedness_yes, 43528699,
    // while data-browser@5552db7 survey_metadata.csv has 43528699 as a Personal Medical History answer.
    expect(showItem(db, 'hearingvisioncondition_farsightedness_yes')?.conceptId).not.toBe(43528699);
  });

  it('lists no question as its own answer, and no vocabulary definition as a concept', () => {
    expect(n('SELECT count(*) n FROM options WHERE question_id = answer_id')).toBe(0);
    // curation aou_vocab/CONCEPT.csv line 2: 2000000000 AoU_General, domain Metadata, class Vocabulary.
    expect(n('SELECT count(*) n FROM items WHERE concept_id = 2000000000')).toBe(0);
  });

  it('links no short or repeated printed wording to a question by its text alone', () => {
    const rows = db
      .prepare(`SELECT text FROM printed_questions WHERE link_method = 'text'`)
      .all() as { text: string }[];
    const short = rows.filter((r) => r.text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length < 4);
    expect(short).toEqual([]);
  });

  it('takes Spanish from a PDF of the item\'s own survey only', () => {
    const rows = db
      .prepare(`SELECT i.code, m.slug AS item_module, dm.slug AS pdf_module FROM provenance p
          JOIN items i ON i.id = p.item_id JOIN modules m ON m.id = i.module_id
          JOIN document_files f ON f.source = p.source JOIN documents d ON d.id = f.document_id
          JOIN modules dm ON dm.id = d.module_id
        WHERE p.field = 'text.es' AND p.source LIKE 'pdf:%'`)
      .all() as { item_module: string; pdf_module: string }[];
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((r) => r.item_module !== r.pdf_module)).toEqual([]);
  });
});
