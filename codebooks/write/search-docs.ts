// The search documents, in the order results are shown when nothing else tells them apart
// (search_docs.rank = search_text.rowid): modules, questions, topics (headings), then answers; a question
// with answer options before a free-text box; shorter wording first. FTS5 returns matches in
// rowid order, so a query reads its first matches and stops, instead of scoring every row that
// holds a common word. Each document also stores what a hit shows that does not depend on the
// query (kind, IDs, survey, wording, and an answer's question), computed once here.
import type Database from 'better-sqlite3';
import { stemsOf } from './search-stems';
import { codeWords } from './search-words';

interface DocRow {
  id: number; kind: string; code: string | null; concept_id: number | null; text_en: string | null; text_es: string | null;
  help_en: string | null; help_es: string | null; slug: string | null; m_concept: number | null; m_name: string | null;
  q_id: number | null; q_code: string | null; q_concept: number | null; q_en: string | null; q_es: string | null;
  opts_en: string | null; opts_es: string | null; labels_es: string | null; aliases: string | null;
}

// An answer's question: its own parent when that is a question, else the first question that
// lists it, preferring one of its own module (a shared answer such as PMI_DontKnow has many).
const QUESTION_OF_ANSWER = `coalesce(
  (SELECT p.id FROM items p WHERE p.id = i.parent_id AND p.kind = 'question'),
  (SELECT o.question_id FROM options o JOIN items oq ON oq.id = o.question_id WHERE o.answer_id = i.id
     ORDER BY oq.module_id IS i.module_id DESC, o.question_id LIMIT 1))`;

const DOC_SQL = `SELECT i.id, i.kind, i.code, i.concept_id, i.text_en, i.text_es, i.help_en, i.help_es,
    m.slug, m.concept_id AS m_concept, coalesce(m.name_en, m.code, m.slug) AS m_name,
    q.id AS q_id, q.code AS q_code, q.concept_id AS q_concept, q.text_en AS q_en, q.text_es AS q_es,
    (SELECT group_concat(o.label_en, ' | ') FROM options o WHERE o.question_id = i.id) AS opts_en,
    (SELECT group_concat(o.label_es, ' | ') FROM options o WHERE o.question_id = i.id) AS opts_es,
    (SELECT group_concat(DISTINCT o.label_es) FROM options o WHERE i.kind = 'answer' AND i.text_es IS NULL AND o.answer_id = i.id) AS labels_es,
    (SELECT group_concat(x.alias, ' ') FROM item_aliases x WHERE x.item_id = i.id) AS aliases
  FROM items i LEFT JOIN modules m ON m.id = i.module_id
  LEFT JOIN items q ON i.kind = 'answer' AND q.id = ${QUESTION_OF_ANSWER}
  WHERE i.id = ?`;

const ORDER_SQL = `SELECT i.id FROM items i ORDER BY CASE i.kind WHEN 'module' THEN 0 WHEN 'question' THEN 1 WHEN 'topic' THEN 2 ELSE 3 END,
    i.text_en IS NULL AND i.text_es IS NULL,
    NOT EXISTS (SELECT 1 FROM options o WHERE o.question_id = i.id),
    length(coalesce(i.text_en, i.text_es, '')), i.id`;

const join = (...parts: (string | null)[]) => parts.filter(Boolean).join(' ') || null;

export function fillSearchDocs(db: Database.Database): void {
  const addDoc = db.prepare('INSERT INTO search_docs (rank, item_id, question_id, hit) VALUES (?, ?, ?, ?)');
  const addText = db.prepare(`INSERT INTO search_text (rowid, code, words_en, words_es, stems_en, stems_es, more_en, more_es)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
  const addCode = db.prepare('INSERT INTO search_code (rowid, code) VALUES (?, ?)');
  let rank = 0;
  const doc = db.prepare(DOC_SQL);
  // The order first, then one row at a time: better-sqlite3 cannot write while a read is open.
  for (const id of db.prepare(ORDER_SQL).pluck().all() as number[]) {
    const r = doc.get(id) as DocRow;
    rank++;
    const hit = {
      kind: r.kind,
      conceptId: r.concept_id,
      code: r.code,
      survey: r.slug ? { slug: r.slug, conceptId: r.m_concept, name: r.m_name } : null,
      text: { en: r.text_en, es: r.text_es },
      question: r.q_id ? { code: r.q_code, conceptId: r.q_concept, text: { en: r.q_en, es: r.q_es } } : null,
    };
    addDoc.run(rank, r.id, r.q_id, JSON.stringify(hit));
    // The code column also holds the code's camel-case words, and stems_en their stems, so
    // "exercise" finds Snap_ExercisePreference and "sexual orientation" TheBasics_SexualOrientation.
    // Alias codes (code-aliases.ts) are searched as the item's own code is. An answer without
    // Spanish of its own is found by its options' Spanish labels (answer-spanish-pairs.ts).
    const words = join(codeWords(r.code), codeWords(r.aliases));
    const code = join(r.code, r.aliases, words);
    if (code) addCode.run(rank, code);
    addText.run(rank, code, r.text_en, r.text_es, join(stemsOf(r.text_en, 'en'), stemsOf(words, 'en')), stemsOf(r.text_es, 'es'),
      join(r.opts_en, r.help_en), join(r.opts_es, r.labels_es, r.help_es));
  }
  db.exec(`INSERT INTO search_text (search_text) VALUES ('optimize'); INSERT INTO search_code (search_code) VALUES ('optimize')`);
}
