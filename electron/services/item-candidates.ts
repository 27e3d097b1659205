// When one key names several items (45881677 is the standard value of "Every day" under five
// questions), the app offers a chooser: each item with what tells it apart, its question and survey.
import type { ItemCandidate, ItemDetail } from '../contract/models';
import type { ItemRow, Lookup } from './item-lookup';
import type { Codebook } from './store';

type Found = NonNullable<Lookup>;

const QUESTION_OF = `SELECT q.* FROM options o JOIN items q ON q.id = o.question_id WHERE o.answer_id = ?
   ORDER BY (o.standard_concept_id IS ?) DESC, q.id = ? DESC, q.module_id, q.position, q.id LIMIT 1`;
const SURVEY = 'SELECT slug, concept_id AS conceptId, coalesce(name_en, code, slug) AS name FROM modules WHERE id = ?';

export function candidatesOf(db: Codebook, found: Found[], query: string): ItemCandidate[] {
  const asNumber = /^\d+$/.test(query.trim()) ? Number(query.trim()) : null;
  return found.flatMap((f): ItemCandidate[] => {
    if (f.type !== 'item') return [];
    const it = f.item;
    // An answer's question: the one under which it carries the looked-up standard value, else its own.
    const q = it.kind === 'answer' ? (db.prepare(QUESTION_OF).get(it.id, asNumber, it.parent_id) as ItemRow | undefined) : undefined;
    const moduleId = q?.module_id ?? it.module_id;
    const survey = moduleId == null ? undefined : (db.prepare(SURVEY).get(moduleId) as ItemCandidate['survey'] | undefined);
    const unique = it.code && (db.prepare('SELECT count(*) n FROM items WHERE code_lower = ?').get(it.code.toLowerCase()) as { n: number }).n === 1;
    return [{
      key: unique ? it.code! : `row:${it.id}`,
      kind: it.kind,
      conceptId: it.concept_id,
      code: it.code,
      standardConceptId: it.standard_concept_id,
      text: { en: it.text_en, es: it.text_es },
      question: q ? { kind: q.kind, conceptId: q.concept_id, code: q.code, text: { en: q.text_en, es: q.text_es } } : null,
      survey: survey ?? null,
    }];
  });
}

/** The standard value concepts an answer maps to: its own and those its options give under any question. */
export function standardIdsOf(db: Codebook, it: ItemRow): NonNullable<ItemDetail['standardConceptIds']> {
  const rows = db
    .prepare(`SELECT standard_concept_id AS id FROM options WHERE answer_id = ? AND standard_concept_id IS NOT NULL
       UNION SELECT standard_concept_id FROM items WHERE id = ? AND standard_concept_id IS NOT NULL ORDER BY 1`)
    .all(it.id, it.id) as { id: number }[];
  return rows.map((r) => r.id);
}
