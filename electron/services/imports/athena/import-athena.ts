// Reads an Athena download (VOCABULARY, CONCEPT, CONCEPT_RELATIONSHIP, CONCEPT_SYNONYM) into a
// new SQLite file, streaming: rows go straight into batched inserts, one transaction per file;
// the word index and the other indexes are built after the load, which is faster than row by row.
import Database from 'better-sqlite3';
import { SourceError } from '../../../../codebooks/errors';
import { readDelimited } from '../read/delimited';
import { ImportCancelled, type ImportHooks } from '../progress';
import { ATHENA_FILES, locateAthenaFolder, type AthenaFile, type AthenaFolder } from './files';
import { rowReader } from './rows';
import { ATHENA_FORMAT, ATHENA_INDEXES, ATHENA_TABLES } from './schema';
import { vocabularyToken } from './values';

export interface AthenaSummary {
  kind: 'athena';
  folder: string;
  /** VOCABULARY.csv's version of the PPI vocabulary, else of the download ("None" row). */
  version: string | null;
  rows: Record<AthenaFile, number>;
  vocabularies: { id: string; concepts: number }[];
  notes: string[];
}

// Shares of the progress bar: reading the files, then the word index, then the other indexes.
const READ = 0.7;
const WORDS = 0.2;

export function importAthena(folder: string, dbPath: string, hooks: ImportHooks, nativeBinding?: string): AthenaSummary {
  const found = locateAthenaFolder(folder);
  const db = new Database(dbPath, nativeBinding ? { nativeBinding } : {});
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('cache_size = -65536');
    db.exec(ATHENA_TABLES);
    const summary = load(db, found, hooks);
    indexWords(db, summary, hooks);
    hooks.progress({ step: 'indexes', fraction: READ + WORDS, rows: totalRows(summary) });
    db.exec(ATHENA_INDEXES);
    const put = db.prepare('INSERT INTO meta VALUES (?, ?)');
    put.run('format', ATHENA_FORMAT);
    put.run('summary', JSON.stringify(summary));
    return summary;
  } finally {
    db.close();
  }
}

const totalRows = (s: AthenaSummary) => Object.values(s.rows).reduce((a, b) => a + b, 0);

function load(db: Database.Database, found: AthenaFolder, hooks: ImportHooks): AthenaSummary {
  const summary: AthenaSummary = { kind: 'athena', folder: found.folder, version: null, rows: { vocabulary: 0, concept: 0, relationship: 0, synonym: 0 }, vocabularies: [], notes: [] };
  if (found.ignored.length) summary.notes.push(`not read (this app does not use them): ${found.ignored.join(', ')}`);
  const total = Object.values(found.files).reduce((s, x) => s + x.bytes, 0);
  let before = 0;
  for (const kind of ['vocabulary', 'concept', 'relationship', 'synonym'] as const) {
    const file = found.files[kind];
    if (!file) {
      summary.notes.push(`${ATHENA_FILES[kind].name} is not in the folder`);
      continue;
    }
    db.exec('BEGIN');
    let flush = () => {};
    readDelimited(file.path, file.name, ATHENA_FILES[kind].required, {
      start: (header) => {
        const reader = rowReader(kind, db, file.name, header);
        flush = reader.flush;
        return (f, line) => {
          reader.row(f, line);
          summary.rows[kind]++;
        };
      },
      progress: (bytes) => {
        if (hooks.cancelled()) throw new ImportCancelled();
        hooks.progress({ step: file.name, fraction: (READ * (before + bytes)) / Math.max(1, total), rows: totalRows(summary) });
      },
    });
    flush();
    db.exec('COMMIT');
    before += file.bytes;
  }
  if (summary.rows.concept === 0) throw new SourceError(found.files.concept!.name, null, null, 'the file has a header but no concepts');
  summary.version = versionOf(db);
  summary.vocabularies = db
    .prepare('SELECT vocabulary_id AS id, count(*) AS concepts FROM concept GROUP BY vocabulary_id ORDER BY count(*) DESC, vocabulary_id')
    .all() as AthenaSummary['vocabularies'];
  return summary;
}

/** Fills the word indexes from the loaded tables, a slice at a time so that cancel and progress keep working. */
function indexWords(db: Database.Database, summary: AthenaSummary, hooks: ImportHooks): void {
  db.function('vocabulary_token', { deterministic: true }, (v: unknown) => vocabularyToken(String(v ?? '')));
  const slices = [
    { sql: `INSERT INTO concept_words(rowid, name, vocabulary) SELECT concept_id, concept_name, vocabulary_token(vocabulary_id) FROM concept
        WHERE concept_id > ? ORDER BY concept_id LIMIT ${SLICE}`, rows: summary.rows.concept, key: 'concept_id' },
    { sql: `INSERT INTO synonym_words(rowid, name) SELECT rowid, concept_synonym_name FROM concept_synonym
        WHERE rowid > ? ORDER BY rowid LIMIT ${SLICE}`, rows: summary.rows.synonym, key: 'rowid' },
  ];
  const all = summary.rows.concept + summary.rows.synonym;
  let done = 0;
  db.exec('BEGIN');
  for (const s of slices) {
    const table = s.key === 'concept_id' ? 'concept' : 'concept_synonym';
    const insert = db.prepare(s.sql);
    const lastKey = db.prepare(`SELECT ${s.key} AS k FROM ${table} WHERE ${s.key} > ? ORDER BY ${s.key} LIMIT 1 OFFSET ${SLICE - 1}`);
    let from = Number.MIN_SAFE_INTEGER;
    for (;;) {
      if (hooks.cancelled()) throw new ImportCancelled();
      const n = insert.run(from).changes;
      done += n;
      hooks.progress({ step: 'words', fraction: READ + (WORDS * done) / Math.max(1, all), rows: totalRows(summary) });
      if (n < SLICE) break;
      from = (lastKey.get(from) as { k: number }).k;
    }
  }
  db.exec('COMMIT');
}

const SLICE = 200_000;

function versionOf(db: Database.Database): string | null {
  const row = db
    .prepare(`SELECT vocabulary_version AS v FROM vocabulary WHERE vocabulary_id IN ('PPI', 'None') AND vocabulary_version IS NOT NULL
       ORDER BY vocabulary_id = 'PPI' DESC LIMIT 1`)
    .get() as { v: string } | undefined;
  return row?.v ?? null;
}
