// The SQLite file one Athena import is written to (in the user-data folder, never the bundled
// database). Tables keep OMOP CDM v5's names and columns; indexes are made after the bulk load.
export const ATHENA_TABLES = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE vocabulary (
  vocabulary_id TEXT PRIMARY KEY, vocabulary_name TEXT, vocabulary_reference TEXT,
  vocabulary_version TEXT, vocabulary_concept_id INTEGER
);
CREATE TABLE concept (
  concept_id INTEGER PRIMARY KEY, concept_name TEXT NOT NULL, domain_id TEXT, vocabulary_id TEXT,
  concept_class_id TEXT, standard_concept TEXT, concept_code TEXT NOT NULL,
  valid_start_date TEXT, valid_end_date TEXT, invalid_reason TEXT
);
CREATE TABLE concept_relationship (
  concept_id_1 INTEGER NOT NULL, concept_id_2 INTEGER NOT NULL, relationship_id TEXT NOT NULL,
  valid_start_date TEXT, valid_end_date TEXT, invalid_reason TEXT
);
CREATE TABLE concept_synonym (concept_id INTEGER NOT NULL, concept_synonym_name TEXT NOT NULL, language_concept_id INTEGER);
`;

/**
 * The word indexes. Built by the second writer (side-load.ts) in its own file and copied in by
 * their shadow tables (WORD_SHADOWS): the same declaration on both sides, so the same format.
 */
export const ATHENA_WORD_TABLES = `
-- Words of concept names (rowid = concept_id) and of synonyms (rowid = concept_synonym's rowid);
-- the vocabulary is a column so that the vocabulary filter is part of the full-text query. The
-- 3-character prefix index lets a typed word start be read lazily, never merged whole.
CREATE VIRTUAL TABLE concept_words USING fts5(name, vocabulary, content='', columnsize=0, detail=column, prefix='3', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE synonym_words USING fts5(name, content='', columnsize=0, detail=column, prefix='3', tokenize='unicode61 remove_diacritics 2');
`;

/** Built after the bulk load, one step at a time (each timed in the import's summary). */
export const ATHENA_INDEXES: [step: string, sql: string][] = [
  ['index concept_code', 'CREATE INDEX concept_code ON concept(concept_code COLLATE NOCASE)'],
  ['index concept_relationship', 'CREATE INDEX concept_relationship_1 ON concept_relationship(concept_id_1)'],
  ['index concept_synonym', 'CREATE INDEX concept_synonym_concept ON concept_synonym(concept_id)'],
];

/** The tables that hold a contentless FTS5 index (`content=''`, `columnsize=0`: no content or docsize table). */
export const WORD_SHADOWS = ['concept_words_data', 'concept_words_idx', 'synonym_words_data', 'synonym_words_idx'];

/** Bumped when the tables change; an import of another format version is refused, not misread. */
export const ATHENA_FORMAT = '1';
