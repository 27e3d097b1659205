// The SQLite file one Athena import is written to (in the user-data folder, never the bundled
// database). OMOP CDM v5's names and columns (concept and concept_relationship as views over
// their compact tables); indexes are made after the bulk load.
export const ATHENA_TABLES = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE vocabulary (
  vocabulary_id TEXT PRIMARY KEY, vocabulary_name TEXT, vocabulary_reference TEXT,
  vocabulary_version TEXT, vocabulary_concept_id INTEGER
);
-- Values that repeat over many rows are stored once (shapes.ts); the views give the CDM's tables.
CREATE TABLE concept_kind (kind INTEGER PRIMARY KEY, domain_id TEXT, vocabulary_id TEXT, concept_class_id TEXT, standard_concept TEXT);
CREATE TABLE validity (validity INTEGER PRIMARY KEY, valid_start_date TEXT, valid_end_date TEXT, invalid_reason TEXT);
CREATE TABLE concept_row (
  concept_id INTEGER PRIMARY KEY, concept_name TEXT NOT NULL, kind INTEGER NOT NULL, concept_code TEXT NOT NULL, validity INTEGER NOT NULL
);
-- The views read the repeated values by subqueries, not joins: a view of one table is merged into
-- any query (a LEFT JOIN to it too) and reads only the rows that query reaches.
CREATE VIEW concept AS
  SELECT concept_id, concept_name, (SELECT domain_id FROM concept_kind k WHERE k.kind = r.kind) AS domain_id,
    (SELECT vocabulary_id FROM concept_kind k WHERE k.kind = r.kind) AS vocabulary_id,
    (SELECT concept_class_id FROM concept_kind k WHERE k.kind = r.kind) AS concept_class_id,
    (SELECT standard_concept FROM concept_kind k WHERE k.kind = r.kind) AS standard_concept, concept_code,
    (SELECT valid_start_date FROM validity v WHERE v.validity = r.validity) AS valid_start_date,
    (SELECT valid_end_date FROM validity v WHERE v.validity = r.validity) AS valid_end_date,
    (SELECT invalid_reason FROM validity v WHERE v.validity = r.validity) AS invalid_reason
  FROM concept_row r;
CREATE TABLE relationship_kind (kind INTEGER PRIMARY KEY, relationship_id TEXT NOT NULL, valid_start_date TEXT, valid_end_date TEXT, invalid_reason TEXT);
CREATE TABLE relationship_row (concept_id_1 INTEGER NOT NULL, concept_id_2 INTEGER NOT NULL, kind INTEGER NOT NULL);
CREATE VIEW concept_relationship AS
  SELECT concept_id_1, concept_id_2, (SELECT relationship_id FROM relationship_kind k WHERE k.kind = r.kind) AS relationship_id,
    (SELECT valid_start_date FROM relationship_kind k WHERE k.kind = r.kind) AS valid_start_date,
    (SELECT valid_end_date FROM relationship_kind k WHERE k.kind = r.kind) AS valid_end_date,
    (SELECT invalid_reason FROM relationship_kind k WHERE k.kind = r.kind) AS invalid_reason
  FROM relationship_row r;
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
  ['index concept_code', 'CREATE INDEX concept_code ON concept_row(concept_code COLLATE NOCASE)'],
  ['index concept_relationship', 'CREATE INDEX concept_relationship_1 ON relationship_row(concept_id_1)'],
  ['index concept_synonym', 'CREATE INDEX concept_synonym_concept ON concept_synonym(concept_id)'],
];

/** The tables that hold a contentless FTS5 index (`content=''`, `columnsize=0`: no content or docsize table). */
export const WORD_SHADOWS = ['concept_words_data', 'concept_words_idx', 'synonym_words_data', 'synonym_words_idx'];

/** Bumped when the tables change; an import of another format version is refused, not misread. */
export const ATHENA_FORMAT = '2';
