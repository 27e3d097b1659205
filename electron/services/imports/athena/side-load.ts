// The second writer. SQLite writes a file from one thread at a time, so the import uses two files
// to use two cores: while the import's thread loads VOCABULARY and CONCEPT (import-athena.ts),
// this one, in its own thread and file, builds the word index of concept names (reading
// CONCEPT.csv a second time, for id, name and vocabulary only), loads CONCEPT_RELATIONSHIP and
// CONCEPT_SYNONYM and indexes the synonyms' words. The import then copies it all in (copy-side.ts).
import Database from 'better-sqlite3';
import { fieldsOf, readDelimitedLines } from '../read/delimited';
import { ATHENA_FILES } from './files';
import { ImportCancelled } from '../progress';
import { batchInsert } from './batch-insert';
import { loadFile, type FileToLoad } from './load-file';
import type { LoadCounts } from './rows';
import { ATHENA_TABLES, ATHENA_WORD_TABLES } from './schema';
import { timeStep, type StepTimes } from './step-times';
import { numberIn, standardLayout, tabsAt } from './tab-fields';
import { vocabularyToken, wholeNumber } from './values';

export interface SideInput {
  files: { concept: FileToLoad; relationship?: FileToLoad; synonym?: FileToLoad };
  sidePath: string;
  nativeBinding?: string;
}

export interface SideResult extends StepTimes {
  rows: { relationship: number; synonym: number };
  relationshipsStored: number;
}

export interface SideHooks {
  cancelled(): boolean;
  /** Bytes read so far over all its files, rows stored so far, and the step under way (an index in sideSteps()). */
  progress(bytes: number, rows: number, step: number): void;
}

/** What it does, in order: the files it reads, then the words of the synonyms and 'optimize'. */
export function sideSteps(files: SideInput['files']): string[] {
  return [files.concept.name, files.relationship?.name, files.synonym?.name, 'words'].filter((s): s is string => s !== undefined);
}

// The full-text index's in-memory buffer, flushed to a new segment when full: large, and no merging
// while loading, so the words end in a few large segments merged once by 'optimize'.
const WORD_BUFFER = 32 << 20;

export function loadSide(input: SideInput, hooks: SideHooks): SideResult {
  const db = new Database(input.sidePath, input.nativeBinding ? { nativeBinding: input.nativeBinding } : {});
  const out: SideResult = { rows: { relationship: 0, synonym: 0 }, relationshipsStored: 0, seconds: {}, cpuSeconds: {} };
  let before = 0;
  let rows = 0;
  const steps = sideSteps(input.files);
  const check = (step: string) => (bytes: number, n: number) => {
    if (hooks.cancelled()) throw new ImportCancelled();
    hooks.progress(before + bytes, rows + n, steps.indexOf(step));
  };
  const timed = (step: string, f: () => void) => timeStep(out, step, f);
  try {
    for (const p of ['journal_mode = OFF', 'synchronous = OFF', 'locking_mode = EXCLUSIVE', 'cache_size = -16384']) db.pragma(p);
    db.exec(ATHENA_TABLES + ATHENA_WORD_TABLES);
    for (const t of ['concept_words', 'synonym_words']) {
      db.exec(`INSERT INTO ${t}(${t}, rank) VALUES ('hashsize', ${WORD_BUFFER}); INSERT INTO ${t}(${t}, rank) VALUES ('automerge', 0)`);
    }
    const { concept, relationship, synonym } = input.files;
    timed(`${concept.name} names`, () => readConceptNames(db, concept, check(concept.name)));
    // CROSS JOIN keeps the names outside (read in rowid order), each vocabulary looked up by its number.
    timed('concept words', () => db.exec(`BEGIN; INSERT INTO concept_words(rowid, name, vocabulary)
      SELECT n.concept_id, n.name, v.token FROM concept_names n CROSS JOIN name_vocabulary v ON v.vocabulary = n.vocabulary; COMMIT`));
    before += concept.bytes;
    const counts: LoadCounts = { vocabularies: new Map(), relationshipsStored: 0 };
    for (const [kind, file] of [['relationship', relationship], ['synonym', synonym]] as const) {
      if (!file) continue;
      timed(file.name, () => (out.rows[kind] = loadFile(db, kind, file, counts, check(file.name))));
      before += file.bytes;
      rows += out.rows[kind];
    }
    out.relationshipsStored = counts.relationshipsStored;
    if (hooks.cancelled()) throw new ImportCancelled();
    hooks.progress(before, rows, steps.length - 1);
    timed('synonym words', () => db.exec('INSERT INTO synonym_words(rowid, name) SELECT rowid, concept_synonym_name FROM concept_synonym'));
    timed('optimize words', () => db.exec("INSERT INTO concept_words(concept_words) VALUES ('optimize'); INSERT INTO synonym_words(synonym_words) VALUES ('optimize')"));
    return out;
  } finally {
    db.close();
  }
}

/**
 * Every concept's name and vocabulary (bound as its number; name_vocabulary gives its token, the
 * search's vocabulary filter), into a plain table, from which one INSERT ... SELECT fills the word
 * index: measured, twice as fast as binding them to the full-text table directly.
 */
function readConceptNames(db: Database.Database, file: FileToLoad, progress: (bytes: number, rows: number) => void): void {
  const vocabularies = new Map<string, number>();
  db.exec('CREATE TABLE name_vocabulary (vocabulary INTEGER PRIMARY KEY, token TEXT); CREATE TABLE concept_names (concept_id INTEGER, name TEXT, vocabulary INTEGER)');
  const addVocabulary = db.prepare('INSERT INTO name_vocabulary VALUES (?, ?)');
  const numberOf = (v: string) => {
    let n = vocabularies.get(v);
    if (n === undefined) vocabularies.set(v, (n = vocabularies.size + 1)), addVocabulary.run(n, vocabularyToken(v));
    return n;
  };
  const ins = batchInsert(db, 'concept_names', 3, (_line, e) => e as Error);
  const columns = ['concept_id', 'concept_name', 'vocabulary_id'];
  let rows = 0;
  db.exec('BEGIN');
  readDelimitedLines(file.path, file.name, columns, {
    start: (h) => {
      const [id, name, vocabulary] = columns.map((c) => h.index.get(c)!);
      const fast = standardLayout(h.columns, h.delimiter, ATHENA_FILES.concept.required);
      const t = new Int32Array(ATHENA_FILES.concept.required.length - 1);
      // Values are checked by the import's own reading of the file; the id is read as it does.
      return (text, line, lastOfFile) => {
        rows++;
        if (fast && tabsAt(text, t)) {
          const n = numberIn(text, 0, t[0]!);
          if (!Number.isNaN(n)) return ins.push(line, n, text.slice(t[0]! + 1, t[1]), numberOf(text.slice(t[2]! + 1, t[3])));
        }
        const f = fieldsOf(text, h, file.name, line, lastOfFile);
        ins.push(line, wholeNumber(f[id!]!, file.name, line, 'concept_id'), f[name!]!, numberOf(f[vocabulary!]!));
      };
    },
    progress: (bytes) => progress(bytes, rows),
  });
  ins.flush();
  db.exec('COMMIT');
}
