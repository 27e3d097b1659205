// Reads an Athena download (VOCABULARY, CONCEPT, CONCEPT_RELATIONSHIP, CONCEPT_SYNONYM) into a
// new SQLite file, streaming: rows go straight into batched inserts, one transaction per file;
// the word index and the other indexes are built after the load, which is faster than row by row.
import Database from 'better-sqlite3';
import { SourceError } from '../../../../codebooks/errors';
import { readDelimited } from '../read/delimited';
import { ImportCancelled, type ImportHooks } from '../progress';
import { ATHENA_FILES, locateAthenaFolder, type AthenaFile, type AthenaFolder } from './files';
import { rowReader, STORED_RELATIONSHIPS, type LoadCounts } from './rows';
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
  /** Seconds each step took (a file's name, words, indexes): where an import's time goes. */
  seconds: Record<string, number>;
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
    timed(summary, 'words', () => indexWords(db, summary, hooks));
    hooks.progress({ step: 'indexes', fraction: READ + WORDS, rows: totalRows(summary) });
    for (const [step, sql] of ATHENA_INDEXES) timed(summary, step, () => db.exec(sql));
    const put = db.prepare('INSERT INTO meta VALUES (?, ?)');
    put.run('format', ATHENA_FORMAT);
    put.run('summary', JSON.stringify(summary));
    return summary;
  } finally {
    db.close();
  }
}

const totalRows = (s: AthenaSummary) => Object.values(s.rows).reduce((a, b) => a + b, 0);

function timed(s: AthenaSummary, step: string, f: () => void): void {
  const t0 = performance.now();
  f();
  s.seconds[step] = Number(((performance.now() - t0) / 1000).toFixed(2));
}

function load(db: Database.Database, found: AthenaFolder, hooks: ImportHooks): AthenaSummary {
  const summary: AthenaSummary = { kind: 'athena', folder: found.folder, version: null, rows: { vocabulary: 0, concept: 0, relationship: 0, synonym: 0 }, vocabularies: [], notes: [], seconds: {} };
  if (found.ignored.length) summary.notes.push(`not read (this app does not use them): ${found.ignored.join(', ')}`);
  const total = Object.values(found.files).reduce((s, x) => s + x.bytes, 0);
  let before = 0;
  const counts: LoadCounts = { vocabularies: new Map(), relationshipsStored: 0 };
  for (const kind of ['vocabulary', 'concept', 'relationship', 'synonym'] as const) {
    const file = found.files[kind];
    if (!file) {
      summary.notes.push(`${ATHENA_FILES[kind].name} is not in the folder`);
      continue;
    }
    const t0 = performance.now();
    db.exec('BEGIN');
    let flush = () => {};
    readDelimited(file.path, file.name, ATHENA_FILES[kind].required, {
      start: (header) => {
        const reader = rowReader(kind, db, file.name, header, counts);
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
    summary.seconds[file.name] = Number(((performance.now() - t0) / 1000).toFixed(2));
    before += file.bytes;
  }
  if (summary.rows.concept === 0) throw new SourceError(found.files.concept!.name, null, null, 'the file has a header but no concepts');
  summary.version = versionOf(db);
  summary.vocabularies = [...counts.vocabularies]
    .filter(([id]) => id !== '')
    .map(([id, concepts]) => ({ id, concepts }))
    .sort((a, b) => b.concepts - a.concepts || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (summary.rows.relationship > counts.relationshipsStored) {
    summary.notes.push(`${ATHENA_FILES.relationship.name}: ${counts.relationshipsStored.toLocaleString('en-US')} of ${summary.rows.relationship.toLocaleString('en-US')} relationships kept (${[...STORED_RELATIONSHIPS].join(', ')}); the others were checked, not stored (this app does not show them)`);
  }
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
