// Copies what the second writer built (side-load.ts) into the import's file: the relationships
// and synonyms (with their rowids, which the synonyms' word index refers to), and the word
// indexes by their shadow tables. Both files declare the tables alike (schema.ts) and are written
// by the same SQLite library in the same run, so the copied index is in the format it expects;
// the tests run FTS5's integrity check on the result.
import type Database from 'better-sqlite3';
import { ATHENA_WORD_TABLES, WORD_SHADOWS } from './schema';

export function copySide(db: Database.Database, sidePath: string): void {
  db.prepare('ATTACH DATABASE ? AS side').run(sidePath);
  try {
    db.exec('BEGIN');
    db.exec('INSERT INTO relationship_kind SELECT * FROM side.relationship_kind; INSERT INTO relationship_row SELECT * FROM side.relationship_row');
    db.exec('INSERT INTO concept_synonym(rowid, concept_id, concept_synonym_name, language_concept_id) SELECT rowid, concept_id, concept_synonym_name, language_concept_id FROM side.concept_synonym');
    db.exec(ATHENA_WORD_TABLES);
    // Creating the tables wrote an empty index; the built one replaces it whole. Shadow tables are
    // written only with SQLite's defensive mode off (better-sqlite3's unsafe mode), for this copy only.
    db.unsafeMode(true);
    for (const t of WORD_SHADOWS) db.exec(`DELETE FROM main.${t}; INSERT INTO main.${t} SELECT * FROM side.${t}`);
    db.unsafeMode(false);
    db.exec('COMMIT');
  } finally {
    db.unsafeMode(false);
    if (db.inTransaction) db.exec('ROLLBACK');
    db.exec('DETACH DATABASE side');
  }
}
