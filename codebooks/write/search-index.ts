// Fills the search tables: the documents and their FTS5 index (search_docs, search_text), every
// concept ID a user may type (search_concepts), and the vocabulary of indexed words with its trigrams (search_vocab,
// search_trigrams) for "did you mean" suggestions, Spanish stems' English stems (search_translations), and the
// index's tokens by column (search_tokens) and by row and position (search_postings). Also run on the synthetic benchmark database.
import type Database from 'better-sqlite3';
import { fillSearchDocs } from './search-docs';
import { fillSearchPostings } from './search-postings';
import { fillSearchTranslations } from './search-translations';
import { foldWord, trigramsOf } from './search-words';

/** PPI concept IDs, module concept IDs and standard (value) concept IDs, each with its item. */
export function fillSearchConcepts(db: Database.Database): void {
  db.exec(`INSERT OR IGNORE INTO search_concepts (concept_id, item_id, relation)
      SELECT concept_id, id, 'concept' FROM items WHERE concept_id IS NOT NULL
    UNION ALL SELECT m.concept_id, i.id, 'module' FROM modules m JOIN items i ON i.kind = 'module' AND i.module_id = m.id
      WHERE m.concept_id IS NOT NULL
    UNION ALL SELECT standard_concept_id, id, 'standard' FROM items WHERE standard_concept_id IS NOT NULL
    UNION ALL SELECT standard_concept_id, answer_id, 'standard' FROM options WHERE standard_concept_id IS NOT NULL`);
}

/**
 * The words FTS5 indexed (outside the code and stems columns), with the number of rows holding each, shown
 * in their most frequent written form (accents kept: "días", though FTS5 stores "dias").
 */
export function fillSearchVocab(db: Database.Database): void {
  db.exec(`CREATE VIRTUAL TABLE temp.search_text_vocab USING fts5vocab('main', 'search_text', 'col')`);
  const terms = db
    .prepare(`SELECT term, sum(doc) AS docs FROM temp.search_text_vocab WHERE col IN ('words_en', 'words_es', 'more_en', 'more_es') AND length(term) >= 3
        AND term NOT GLOB '*[0-9]*' GROUP BY term`)
    .all() as { term: string; docs: number }[];
  db.exec('DROP TABLE temp.search_text_vocab');
  const forms = new Map<string, Map<string, number>>();
  const texts = db.prepare(`SELECT text_en AS t FROM items UNION ALL SELECT text_es FROM items UNION ALL SELECT label_en FROM options
      UNION ALL SELECT label_es FROM options`).raw().iterate() as Iterable<[string | null]>;
  for (const [t] of texts) {
    for (const w of t?.toLowerCase().match(/\p{L}+/gu) ?? []) {
      const key = foldWord(w);
      const m = forms.get(key) ?? forms.set(key, new Map()).get(key)!;
      m.set(w, (m.get(w) ?? 0) + 1);
    }
  }
  const addTerm = db.prepare('INSERT INTO search_vocab (id, term, display, docs) VALUES (?, ?, ?, ?)');
  const addTrigram = db.prepare('INSERT OR IGNORE INTO search_trigrams (trigram, term_id) VALUES (?, ?)');
  terms.forEach(({ term, docs }, i) => {
    const seen = forms.get(term);
    const display = seen ? [...seen].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0] : term;
    addTerm.run(i + 1, term, display, docs);
    for (const g of trigramsOf(term)) addTrigram.run(g, i + 1);
  });
}

/** Every token of search_text with the columns that hold it (after the index is complete). */
export function fillSearchTokens(db: Database.Database): void {
  db.exec(`CREATE VIRTUAL TABLE temp.search_text_cols USING fts5vocab('main', 'search_text', 'col');
    INSERT INTO search_tokens (term, col) SELECT term, col FROM temp.search_text_cols;
    DROP TABLE temp.search_text_cols`);
}

export function fillSearchIndex(db: Database.Database): void {
  fillSearchDocs(db);
  fillSearchTokens(db);
  fillSearchPostings(db);
  fillSearchConcepts(db);
  fillSearchVocab(db);
  fillSearchTranslations(db);
}
