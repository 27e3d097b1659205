-- The codebook database: one read-only SQLite file made by `npm run build:codebooks`.
-- Every fact keeps the source that said it (provenance); disagreements are kept in conflicts.

PRAGMA foreign_keys = ON;

CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

-- Every source file the build used (or looked for), as pinned in the manifest.
CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  repo TEXT NOT NULL,
  commit_sha TEXT NOT NULL,
  path TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  license TEXT NOT NULL,
  format TEXT NOT NULL,
  provides TEXT NOT NULL,
  origin TEXT NOT NULL -- local | cache | download | missing
);

CREATE TABLE modules (
  id INTEGER PRIMARY KEY,
  slug TEXT NOT NULL UNIQUE,
  code TEXT,
  concept_id INTEGER,
  name_en TEXT, name_es TEXT,
  description_en TEXT, description_es TEXT,
  status TEXT NOT NULL CHECK (status IN ('current', 'retired')),
  category TEXT NOT NULL, -- survey | minute
  position INTEGER,
  stated_question_count INTEGER,
  participant_count INTEGER
);

-- Modules, topics, questions and answers: one row per PPI concept.
CREATE TABLE items (
  id INTEGER PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('module', 'topic', 'question', 'answer')),
  code TEXT,
  code_lower TEXT,
  concept_id INTEGER,
  module_id INTEGER REFERENCES modules(id),
  parent_id INTEGER REFERENCES items(id), -- topic of a question, module of a topic
  text_en TEXT, text_es TEXT,
  help_en TEXT, help_es TEXT,
  field_type TEXT,
  position INTEGER,
  standard_concept_id INTEGER,
  item_id TEXT, -- 2016 workgroup item id (CU1, ...)
  concept_class TEXT
);
CREATE INDEX items_code ON items(code_lower);
CREATE INDEX items_concept ON items(concept_id);
CREATE INDEX items_module ON items(module_id, position);
CREATE INDEX items_parent ON items(parent_id);

-- Other codes of an item: the codebook's 2019 sheets tie a long PMI Code to the Short Code the data
-- files use (codebooks/merge/code-aliases.ts); items.code is the one the concept-ID sources use.
CREATE TABLE item_aliases (
  item_id INTEGER NOT NULL REFERENCES items(id),
  alias TEXT NOT NULL,
  alias_lower TEXT NOT NULL,
  source TEXT NOT NULL, -- the file and row that tie the two codes
  at TEXT
);
CREATE INDEX item_aliases_alias ON item_aliases(alias_lower);
CREATE INDEX item_aliases_item ON item_aliases(item_id);

-- A question may appear in several modules (COPE waves, renamed modules).
CREATE TABLE item_modules (
  item_id INTEGER NOT NULL REFERENCES items(id),
  module_id INTEGER NOT NULL REFERENCES modules(id),
  position INTEGER,
  PRIMARY KEY (item_id, module_id)
);

-- Answer options of a question, in order, with per-question labels.
CREATE TABLE options (
  question_id INTEGER NOT NULL REFERENCES items(id),
  answer_id INTEGER NOT NULL REFERENCES items(id),
  position INTEGER NOT NULL,
  label_en TEXT, label_es TEXT,
  standard_concept_id INTEGER,
  source TEXT NOT NULL,
  PRIMARY KEY (question_id, answer_id)
);
CREATE INDEX options_answer ON options(answer_id);

-- Each source row's own listing of an option (options above merge them): its place and label in
-- that row. Releases take their answer lists from here (codebooks/releases/options.ts).
CREATE TABLE option_listings (
  question_id INTEGER NOT NULL REFERENCES items(id),
  answer_id INTEGER NOT NULL REFERENCES items(id),
  source TEXT NOT NULL,
  at TEXT,
  position INTEGER, -- in that row's list; NULL when the source gives no order
  label_en TEXT, label_es TEXT
);
CREATE INDEX option_listings_question ON option_listings(question_id, source);

CREATE TABLE branching (
  id INTEGER PRIMARY KEY,
  child_id INTEGER NOT NULL REFERENCES items(id),
  parent_id INTEGER REFERENCES items(id),
  answer_ids TEXT NOT NULL, -- JSON array of item ids
  shown_when TEXT NOT NULL CHECK (shown_when IN ('shown', 'hidden')),
  prose TEXT,
  source TEXT NOT NULL,
  at TEXT
);
CREATE INDEX branching_child ON branching(child_id);
CREATE INDEX branching_parent ON branching(parent_id);

CREATE TABLE module_versions (
  id INTEGER PRIMARY KEY,
  module_id INTEGER NOT NULL REFERENCES modules(id),
  version TEXT NOT NULL,
  label TEXT,
  date TEXT, -- the day the source gives for this version (a questionnaire's own "date": when it last changed); null when it gives none
  kind TEXT NOT NULL, -- wave | release | questionnaire
  source TEXT NOT NULL
);
CREATE TABLE module_version_items (
  version_id INTEGER NOT NULL REFERENCES module_versions(id),
  item_id INTEGER NOT NULL REFERENCES items(id),
  position INTEGER NOT NULL, -- rank in the version's order, 1, 2, 3 … (a file's order numbers may repeat or skip)
  at TEXT, -- the question's row in the version's source, where that version's answer list is
  PRIMARY KEY (version_id, item_id)
);

-- Releases: each module's instrument as one release asked it (docs/releases.md says how
-- membership is decided). Derived from the facts above by codebooks/releases/; the tables above
-- keep their meaning (every release merged).
CREATE TABLE releases (
  id TEXT PRIMARY KEY, -- '<module slug>-<key>': cope-2020-05, lifestyle-2017, basics-current
  module_id INTEGER NOT NULL REFERENCES modules(id),
  label TEXT NOT NULL, -- 'May 2020', '2017 edition', 'Questionnaire V10.21.19', 'current'
  date TEXT, -- ISO date, month or year, only where a source gives one
  date_basis TEXT, -- which source gave the date, and how
  position INTEGER NOT NULL, -- order within the module, oldest first
  is_current INTEGER NOT NULL, -- the release shown by default (the last one of a retired module)
  complete INTEGER NOT NULL, -- 1: a source lists all its questions, so an item it lacks was not asked
  languages TEXT NOT NULL -- JSON array of the languages its sources give wording in
);
CREATE INDEX releases_module ON releases(module_id, position);
-- The source files that define each release (a version row, a questionnaire, a PDF edition, a snapshot).
CREATE TABLE release_sources (
  release_id TEXT NOT NULL REFERENCES releases(id),
  source TEXT NOT NULL, -- manifest id
  at TEXT, -- version id, document file
  role TEXT NOT NULL CHECK (role IN ('version-table', 'questionnaire', 'codebook-form', 'instrument-pdf', 'snapshot')),
  language TEXT,
  complete INTEGER NOT NULL,
  note TEXT
);
-- Which source puts which topic or question into which release (one row per source).
CREATE TABLE release_items (
  release_id TEXT NOT NULL REFERENCES releases(id),
  item_id INTEGER NOT NULL REFERENCES items(id),
  position INTEGER, -- where the item comes in that source: a version's rank (1, 2, 3 …), a PDF's print sequence
  source TEXT NOT NULL,
  at TEXT,
  PRIMARY KEY (release_id, item_id, source)
) WITHOUT ROWID;
CREATE INDEX release_items_item ON release_items(item_id);
-- Wording of an item in a release, per language and source (answers: printed answer labels, JSON).
CREATE TABLE release_texts (
  release_id TEXT NOT NULL REFERENCES releases(id),
  item_id INTEGER NOT NULL REFERENCES items(id),
  lang TEXT NOT NULL CHECK (lang IN ('en', 'es')),
  text TEXT NOT NULL,
  answers TEXT,
  source TEXT NOT NULL,
  at TEXT,
  PRIMARY KEY (release_id, item_id, lang, source)
) WITHOUT ROWID;
-- Answer options of a question as a release's own sources list them.
CREATE TABLE release_options (
  release_id TEXT NOT NULL REFERENCES releases(id),
  question_id INTEGER NOT NULL REFERENCES items(id),
  answer_id INTEGER NOT NULL REFERENCES items(id),
  position INTEGER NOT NULL,
  label_en TEXT, label_es TEXT,
  source TEXT NOT NULL,
  PRIMARY KEY (release_id, question_id, answer_id, source)
) WITHOUT ROWID;

-- Validated instruments questions came from (NHIS, BRFSS, TUS-CPS, PROMIS, ...).
CREATE TABLE instruments (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  short_name TEXT,
  name TEXT NOT NULL,
  organization TEXT,
  url TEXT,
  year TEXT,
  description TEXT
);
-- Other names the sources give an instrument ("Million Veterans Program" for the MVP).
CREATE TABLE instrument_aliases (
  instrument_id INTEGER NOT NULL REFERENCES instruments(id),
  alias TEXT NOT NULL,
  evidence TEXT -- where the raw files tie this name to the instrument; NULL: the names agree once spelling is set aside
);
CREATE INDEX instrument_aliases_instrument ON instrument_aliases(instrument_id);
-- Each "Sources" entry of each instrument PDF, or each source name of a workgroup sheet.
CREATE TABLE instrument_citations (
  instrument_id INTEGER NOT NULL REFERENCES instruments(id),
  module_id INTEGER REFERENCES modules(id),
  number INTEGER,
  citation TEXT,
  year TEXT,
  url TEXT,
  source TEXT NOT NULL,
  at TEXT
);
CREATE TABLE question_sources (
  item_id INTEGER NOT NULL REFERENCES items(id),
  instrument_id INTEGER REFERENCES instruments(id),
  original_text TEXT,
  printed_text TEXT,
  source TEXT NOT NULL,
  at TEXT
);
CREATE INDEX question_sources_item ON question_sources(item_id);
CREATE INDEX question_sources_instrument ON question_sources(instrument_id);

-- Instrument PDFs; byte-identical files are one document with several file names.
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  module_id INTEGER REFERENCES modules(id),
  language TEXT NOT NULL,
  edition TEXT,
  title TEXT,
  pages INTEGER NOT NULL,
  printed_version TEXT, -- "Version: May 31, 2018" on the first page (older editions print it)
  sha256 TEXT NOT NULL UNIQUE,
  file TEXT NOT NULL,
  source TEXT NOT NULL
);
CREATE TABLE document_files (
  document_id INTEGER NOT NULL REFERENCES documents(id),
  file TEXT NOT NULL,
  source TEXT NOT NULL
);
-- Questions as printed in each document, linked to the item when the match is confident.
CREATE TABLE printed_questions (
  id INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id),
  item_id INTEGER REFERENCES items(id),
  sequence INTEGER NOT NULL,
  page INTEGER,
  text TEXT NOT NULL,
  answers TEXT, -- JSON array
  footnotes TEXT, -- JSON array
  original_text TEXT,
  branching_prose TEXT,
  link_score REAL,
  link_method TEXT
);
CREATE INDEX printed_item ON printed_questions(item_id);

-- The page of each document where a question is printed (codebooks/write/page-index.ts):
-- method 'printed' (a linked printed question), 'exact' (folded wording found), 'tail' (a grid
-- row: the wording after its last colon found) or 'shingles' (score = share of the wording's
-- word 3-grams found on the page), 'anchored' (a follow-up whose wording matched no page: where its
-- first words follow the heading of the answer that opens it, codebooks/write/parent-pages.ts) or
-- 'parent' (an entry box with no wording found, "please specify": the page where the answer that
-- opens it is printed under its question), 'printed-id' (no wording found: the one page printing its
-- concept ID, "PPI1585917", in the 2017/2018 editions; nothing to highlight), 'other-wording' (still
-- none: a wording a source gives that was not chosen, an entry box's prompt "Person 2 Email Address",
-- codebooks/write/other-wording-pages.ts; nothing to highlight). `boxes`: where "Show in PDF" highlights its wording on that
-- page (codebooks/write/highlight-boxes.ts), JSON [[x, top, width, height], ...] in points, x from
-- the page's left edge, top down from its top edge (PDF user space, y flipped); null when the
-- link has no wording to highlight or it was not found on the page.
CREATE TABLE question_pages (
  item_id INTEGER NOT NULL REFERENCES items(id),
  document_id INTEGER NOT NULL REFERENCES documents(id),
  page INTEGER NOT NULL,
  method TEXT NOT NULL CHECK (method IN ('printed', 'exact', 'tail', 'shingles', 'anchored', 'parent', 'printed-id', 'other-wording')),
  score REAL NOT NULL,
  boxes TEXT,
  wording TEXT, -- the words found, where not the item's chosen wording: 'other-wording', another source's (kept where printed once on the page or the print under its answer's heading is known); 'anchored' sub-lists, their heading (kept where printed once); 'exact', a tied code's
  PRIMARY KEY (item_id, document_id)
) WITHOUT ROWID;

CREATE TABLE external_codes (
  item_id INTEGER NOT NULL REFERENCES items(id),
  system TEXT NOT NULL,
  code TEXT NOT NULL,
  url TEXT,
  source TEXT NOT NULL
);

-- Which source said what about each item; `chosen` marks the value the build kept.
CREATE TABLE provenance (
  item_id INTEGER NOT NULL REFERENCES items(id),
  context_id INTEGER REFERENCES items(id), -- the question, for facts about one of its options
  field TEXT NOT NULL,
  value TEXT NOT NULL,
  source TEXT NOT NULL,
  at TEXT,
  chosen INTEGER NOT NULL
);
CREATE INDEX provenance_item ON provenance(item_id);
CREATE INDEX provenance_source ON provenance(source, field, item_id);

CREATE TABLE module_provenance (
  module_id INTEGER NOT NULL REFERENCES modules(id),
  field TEXT NOT NULL,
  value TEXT NOT NULL,
  source TEXT NOT NULL,
  at TEXT,
  chosen INTEGER NOT NULL
);

CREATE TABLE conflicts (
  id INTEGER PRIMARY KEY,
  subject TEXT NOT NULL,
  item_id INTEGER REFERENCES items(id),
  field TEXT NOT NULL,
  chosen TEXT,
  chosen_source TEXT,
  other TEXT NOT NULL,
  other_source TEXT NOT NULL
);

-- OMOP-style views over the PPI concepts.
CREATE VIEW concept AS
  SELECT concept_id, COALESCE(text_en, code) AS concept_name, 'Observation' AS domain_id, 'PPI' AS vocabulary_id,
         upper(substr(kind, 1, 1)) || substr(kind, 2) AS concept_class_id, NULL AS standard_concept, code AS concept_code
  FROM items WHERE concept_id IS NOT NULL;
CREATE VIEW concept_relationship AS
  SELECT q.concept_id AS concept_id_1, a.concept_id AS concept_id_2, 'PPI parent code of' AS relationship_id
    FROM options o JOIN items q ON q.id = o.question_id JOIN items a ON a.id = o.answer_id
   WHERE q.concept_id IS NOT NULL AND a.concept_id IS NOT NULL
  UNION ALL
  SELECT i.concept_id, m.concept_id, 'Has Module'
    FROM item_modules im JOIN items i ON i.id = im.item_id JOIN modules m ON m.id = im.module_id
   WHERE i.concept_id IS NOT NULL AND m.concept_id IS NOT NULL
  UNION ALL
  SELECT a.concept_id, o.standard_concept_id, 'Maps to value'
    FROM options o JOIN items a ON a.id = o.answer_id
   WHERE a.concept_id IS NOT NULL AND o.standard_concept_id IS NOT NULL;

-- Full-text index (rowid = search_docs.rank, see codebooks/write/search-docs.ts): codes (cut
-- into words at "_"), the item's own wording, the stems of that wording (Snowball, EN and ES),
-- and the rest (a question's answer labels, help text).
CREATE VIRTUAL TABLE search_text USING fts5(
  code, words_en, words_es, stems_en, stems_es, more_en, more_es,
  tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3 4 5 6'
);
-- The code column alone, same rowids and tokenizer, contentless: the search's "code" tier reads
-- the few doclists of code words here instead of a common word's whole doclist in search_text.
CREATE VIRTUAL TABLE search_code USING fts5(code, content = '', tokenize = 'unicode61 remove_diacritics 2');
-- One row per item, in the order results are shown when nothing else tells them apart, with the
-- query-independent part of its search hit as JSON (survey, wording, an answer's question).
CREATE TABLE search_docs (
  rank INTEGER PRIMARY KEY,
  item_id INTEGER NOT NULL REFERENCES items(id),
  question_id INTEGER REFERENCES items(id),
  hit TEXT NOT NULL
);
CREATE INDEX search_docs_item ON search_docs(item_id);

-- Search helpers, filled by codebooks/write/search-index.ts. Every concept ID a user may type
-- (PPI concept, module concept, standard value concept) with the item it leads to.
CREATE TABLE search_concepts (
  concept_id INTEGER NOT NULL,
  item_id INTEGER NOT NULL REFERENCES items(id),
  relation TEXT NOT NULL CHECK (relation IN ('concept', 'module', 'standard')),
  PRIMARY KEY (concept_id, item_id, relation)
) WITHOUT ROWID;
-- Words of search_text (folded as FTS5 stores them, with their usual written form) and their
-- trigrams, for "did you mean" suggestions when a query finds nothing.
CREATE TABLE search_vocab (id INTEGER PRIMARY KEY, term TEXT NOT NULL UNIQUE, display TEXT NOT NULL, docs INTEGER NOT NULL);
CREATE TABLE search_trigrams (trigram TEXT NOT NULL, term_id INTEGER NOT NULL REFERENCES search_vocab(id), PRIMARY KEY (trigram, term_id)) WITHOUT ROWID;
-- Every token of search_text and the columns holding it (fts5vocab's 'col' view, kept): the search
-- service tells from it, without asking FTS5, that a tier cannot match (a word no column of the
-- tier holds), and skips that statement (electron/services/search/index-tokens.ts).
CREATE TABLE search_tokens (term TEXT NOT NULL, col TEXT NOT NULL, PRIMARY KEY (term, col)) WITHOUT ROWID;
-- Every token of search_text by row, column and position (fts5vocab's 'instance' view, packed:
-- codebooks/write/search-postings.ts): the search service answers a tier from it in memory
-- instead of running FTS5 (electron/services/search/postings.ts). Empty past MAX_INSTANCES.
CREATE TABLE search_postings (part TEXT PRIMARY KEY, data BLOB NOT NULL) WITHOUT ROWID;
-- A Spanish stem and the English stem most often beside it in the same items' two wordings
-- (codebooks/write/search-translations.ts): a Spanish word then names an English code's topic.
CREATE TABLE search_translations (es TEXT PRIMARY KEY, en TEXT NOT NULL) WITHOUT ROWID;
